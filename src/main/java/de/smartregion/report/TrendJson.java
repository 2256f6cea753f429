package de.smartregion.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.smartregion.compare.Trend;
import de.smartregion.text.JsonText;
import java.util.List;
import java.util.Map;

/** A trend as JSON: per municipality its periods in order, scores and changes against the previous period. */
public final class TrendJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TrendJson() {
    }

    public static String write(Trend trend, List<Note> warnings) {
        ObjectNode root = NODES.objectNode();
        root.put("kind", "trend");
        root.put("schemaVersion", ResultJson.SCHEMA_VERSION);
        ArrayNode municipalities = root.putArray("municipalities");
        for (Trend.Series s : trend.series()) {
            ObjectNode m = municipalities.addObject();
            m.put("id", s.municipality().id());
            m.put("name", s.municipality().name());
            ArrayNode periods = m.putArray("periods");
            for (Trend.Point p : s.points()) {
                ObjectNode o = periods.addObject();
                o.put("period", p.period());
                o.put("questionnaire", p.questionnaire());
                put(o, "overall", p.overall());
                o.put("stage", p.stage());
                put(o, "coverage", p.coverage());
                o.set("fields", scores(p.fields()));
                o.set("theses", scores(p.theses()));
                ObjectNode met = o.putObject("met");
                p.met().forEach(met::put);
                ArrayNode roles = o.putArray("roles");
                p.roles().forEach(roles::add);
                ObjectNode change = o.putObject("change");
                put(change, "overall", p.overallChange());
                // a script must not read a wider set of respondents as progress
                change.put("otherGroups", p.otherGroups());
                change.set("fields", scores(p.fieldChanges()));
                change.set("theses", scores(p.thesisChanges()));
            }
        }
        ComparisonJson.putNotes(root, warnings);
        return JsonText.of(root);
    }

    /**
     * The scores there are, by id: unlike the result and comparison JSON, which write null, a trend leaves an absent
     * score out, as it always has; periods of different questionnaire versions need not share their ids anyway.
     */
    private static ObjectNode scores(Map<String, Double> scores) {
        ObjectNode o = NODES.objectNode();
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            o.put(e.getKey(), JsonNumbers.round(e.getValue()));
        }
        return o;
    }

    /** A score rounded as JSON has it; null where there is none. */
    private static void put(ObjectNode o, String key, Double value) {
        o.put(key, JsonNumbers.round(value));
    }
}
