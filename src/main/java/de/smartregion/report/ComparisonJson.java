package de.smartregion.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.smartregion.compare.Comparison;
import de.smartregion.compare.Statistic;
import de.smartregion.compare.Statistics;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.model.Thesis;
import de.smartregion.score.Gate;
import de.smartregion.text.JsonText;
import de.smartregion.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A comparison as JSON in the shape of {@code schemas/comparison.schema.json}, written with Jackson. */
public final class ComparisonJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ComparisonJson() {
    }

    public static String write(Comparison c, List<Note> warnings) {
        return write(c, warnings, Map.of(), null);
    }

    /** With the verdicts of a CI gate by municipality id (empty: no gate was asked for). */
    public static String write(Comparison c, List<Note> warnings, Map<String, Gate.Verdict> verdicts,
                               Messages messages) {
        ObjectNode root = NODES.objectNode();
        root.put("kind", "comparison");
        root.put("schemaVersion", ResultJson.SCHEMA_VERSION);
        Questionnaire q = c.questionnaire();
        ObjectNode questionnaire = root.putObject("questionnaire");
        questionnaire.put("id", q.id());
        questionnaire.put("version", q.version());
        if (c.normalized()) {
            root.put("normalize", "minmax");
        }
        root.set("municipalities", ranking(q, c.ranking()));
        if (!verdicts.isEmpty()) {
            // a pipeline reads who failed from the gate itself, without walking the ranking
            ArrayNode failures = NODES.arrayNode();
            for (JsonNode m : root.get("municipalities")) {
                Gate.Verdict v = verdicts.get(m.get("id").asText());
                ObjectNode verdict = GateTexts.json(v, messages, q);
                ((ObjectNode) m).set("gate", verdict);
                if (!v.passed()) {
                    ObjectNode f = failures.addObject();
                    f.set("id", m.get("id"));
                    f.set("name", m.get("name"));
                    f.set("period", m.get("period"));
                    f.set("reasons", verdict.get("reasons"));
                }
            }
            ObjectNode gate = root.putObject("gate");
            GateTexts.settings(gate, verdicts.values().iterator().next().gate());
            gate.put("failed", failures.size());
            gate.put("passed", failures.isEmpty());
            gate.set("failures", failures);
        }
        root.set("statistics", statistics(c.statistics()));
        if (c.groupBy() != null) {
            root.put("groupBy", c.groupBy().id());
            ObjectNode groups = root.putObject("groups");
            for (Comparison.Group g : c.groups().values()) {
                ObjectNode group = groups.putObject(g.name());
                group.set("municipalities", ranking(q, g.ranking()));
                group.set("statistics", statistics(g.statistics()));
            }
        }
        putNotes(root, warnings);
        return JsonText.of(root);
    }

    /** The warnings array of a comparison or trend: a code for scripts, a message for people. */
    static void putNotes(ObjectNode root, List<Note> warnings) {
        ArrayNode w = root.putArray("warnings");
        for (Note note : warnings) {
            ObjectNode o = w.addObject();
            o.put("code", note.code());
            o.put("message", note.message());
        }
    }

    private static ArrayNode ranking(Questionnaire q, List<Comparison.Ranked> ranking) {
        ArrayNode rows = NODES.arrayNode();
        for (Comparison.Ranked r : ranking) {
            ObjectNode o = rows.addObject();
            o.put("rank", r.rank());
            o.put("id", r.row().id());
            o.put("name", r.row().municipality().name());
            o.put("period", r.row().period());
            put(o, "overall", r.row().overall());
            o.put("stage", r.row().stage());
            put(o, "coverage", r.row().coverage());
            ObjectNode fields = o.putObject("fields");
            for (int f = 0; f < q.fields().size(); f++) {
                put(fields, q.fields().get(f).id(), r.row().fields().get(f));
            }
            ObjectNode theses = o.putObject("theses");
            List<Thesis> all = q.theses();
            for (int t = 0; t < all.size(); t++) {
                put(theses, all.get(t).id(), r.row().theses().get(t));
            }
            ObjectNode met = o.putObject("met");
            for (int t = 0; t < all.size(); t++) {
                met.put(all.get(t).id(), r.row().met().get(t));
            }
            ObjectNode assessable = o.putObject("assessable");
            for (int t = 0; t < all.size(); t++) {
                assessable.put(all.get(t).id(), r.row().assessable().get(t));
            }
            // why a thesis whose score reaches its threshold is not met: a script should not have to guess
            ObjectNode failed = o.putObject("failedConditions");
            for (int t = 0; t < all.size(); t++) {
                List<Result.ConditionResult> shortfalls = r.row().shortfalls().get(t);
                if (!shortfalls.isEmpty()) {
                    ArrayNode conditions = failed.putArray(all.get(t).id());
                    for (Result.ConditionResult c : shortfalls) {
                        List<String> questions = questions(c);
                        if (c instanceof Result.AnyOfResult) {
                            questions.forEach(conditions.addArray()::add);
                        } else {
                            conditions.add(questions.get(0));
                        }
                    }
                }
            }
            put(o, "percentile", r.percentile());
        }
        return rows;
    }

    /**
     * The questions a failed condition looks at, by id: one for a bound, each alternative's for an anyOf (none of
     * which holds).
     */
    static List<String> questions(Result.ConditionResult c) {
        if (c instanceof Result.BoundResult b) {
            return List.of(b.condition().question());
        }
        List<String> ids = new ArrayList<>();
        for (Result.ConditionResult item : ((Result.AnyOfResult) c).items()) {
            ids.addAll(questions(item));
        }
        return ids;
    }

    private static ObjectNode statistics(Map<String, Statistics> stats) {
        ObjectNode o = NODES.objectNode();
        for (Map.Entry<String, Statistics> e : stats.entrySet()) {
            Statistics s = e.getValue();
            if (s == null) {
                o.putNull(e.getKey());
                continue;
            }
            ObjectNode x = o.putObject(e.getKey());
            for (Statistic statistic : Statistic.values()) {
                if (statistic.count()) {
                    x.put(statistic.key(), (long) s.get(statistic));
                } else {
                    put(x, statistic.key(), s.get(statistic));
                }
            }
        }
        return o;
    }

    /** A score rounded as JSON has it; null where there is none. */
    private static void put(ObjectNode o, String key, Double value) {
        o.put(key, JsonNumbers.round(value));
    }
}
