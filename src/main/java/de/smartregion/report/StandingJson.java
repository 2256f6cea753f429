package de.smartregion.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.smartregion.compare.CohortPlacement;
import de.smartregion.compare.PeerPosition;
import de.smartregion.compare.Standing;
import de.smartregion.compare.Trend;
import de.smartregion.model.Field;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Thesis;
import java.util.List;
import java.util.Map;

/**
 * The result JSON's {@code previous} and {@code peers}: what {@code --previous} and {@code --peers} place the result
 * against, in the shape of {@code schemas/result.schema.json}.
 */
final class StandingJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StandingJson() {
    }

    /** Adds what {@code standing} has to {@code root}; nothing for {@link Standing#NONE}. */
    static void put(ObjectNode root, Standing standing, Questionnaire q) {
        if (standing.previous() != null) {
            root.set("previous", previous(standing));
        }
        if (standing.peers() != null) {
            root.set("peers", peers(standing.peers(), q));
        }
        if (standing.placement() != null) {
            root.set("cohort", cohort(standing.placement(), q));
        }
    }

    private static ObjectNode cohort(CohortPlacement p, Questionnaire q) {
        ObjectNode o = NODES.objectNode();
        o.set("all", peers(p.cohort(), q));
        o.put("groupBy", p.groupBy() == null ? null : p.groupBy().id());
        o.put("groupName", p.group());
        o.set("group", p.peerGroup() == null ? NODES.nullNode() : peers(p.peerGroup(), q));
        return o;
    }

    private static ObjectNode previous(Standing s) {
        Trend.Point before = s.previous();
        Trend.Point now = s.current();
        ObjectNode o = NODES.objectNode();
        o.put("period", before.period());
        o.put("questionnaire", before.questionnaire());
        o.put("overall", JsonNumbers.round(before.overall()));
        o.put("stage", before.stage());
        o.set("theses", scores(before.theses()));
        ObjectNode met = o.putObject("met");
        before.met().forEach(met::put);
        o.put("sharedQuestions", s.shared() == 0 ? null : s.shared());
        // the groups heard then, so that a script can tell progress from a wider set of respondents
        ArrayNode roles = o.putArray("roles");
        before.roles().forEach(roles::add);
        ObjectNode change = o.putObject("change");
        change.put("overall", JsonNumbers.round(now.overallChange()));
        change.put("otherGroups", now.otherGroups());
        change.set("theses", scores(now.thesisChanges()));
        return o;
    }

    private static ObjectNode peers(PeerPosition p, Questionnaire q) {
        ObjectNode o = NODES.objectNode();
        o.put("count", p.peers());
        var types = o.putArray("types");
        for (java.util.Map.Entry<String, Integer> e : p.types().entrySet()) {
            types.addObject().put("type", e.getKey()).put("count", e.getValue());
        }
        o.set("overall", place(p.overall()));
        ObjectNode fields = o.putObject("fields");
        List<Field> allFields = q.fields();
        for (int f = 0; f < allFields.size(); f++) {
            fields.set(allFields.get(f).id(), place(p.fields().get(f)));
        }
        ObjectNode theses = o.putObject("theses");
        List<Thesis> allTheses = q.theses();
        for (int t = 0; t < allTheses.size(); t++) {
            ObjectNode place = place(p.theses().get(t));
            place.put("met", p.met().get(t));
            theses.set(allTheses.get(t).id(), place);
        }
        return o;
    }

    private static ObjectNode place(PeerPosition.Place place) {
        ObjectNode o = NODES.objectNode();
        o.put("rank", place.rank());
        o.put("of", place.of());
        o.put("percentile", JsonNumbers.round(place.percentile()));
        o.put("median", JsonNumbers.round(place.median()));
        return o;
    }

    private static ObjectNode scores(Map<String, Double> scores) {
        ObjectNode o = NODES.objectNode();
        scores.forEach((id, score) -> o.put(id, JsonNumbers.round(score)));
        return o;
    }
}
