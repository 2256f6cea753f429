package de.smartregion.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.smartregion.compare.Standing;
import de.smartregion.model.Answer;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Municipality;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.model.Warning;
import de.smartregion.score.Gate;
import de.smartregion.score.Plan;
import de.smartregion.text.JsonText;
import de.smartregion.text.Messages;
import java.util.Map;

/** The result as JSON in the shape of {@code schemas/result.schema.json}, written with Jackson. */
public final class ResultJson {

    public static final int SCHEMA_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResultJson() {
    }

    /** The JSON text, ending with a newline. */
    public static String write(Result result, Plan plan, Messages messages) {
        return JsonText.of(tree(result, plan, messages));
    }

    /** The JSON text with the verdict of a CI gate (null: no gate was asked for). */
    public static String write(Result result, Plan plan, Messages messages, Gate.Verdict gate) {
        return write(result, plan, messages, gate, Standing.NONE);
    }

    /** As above, with the previous period and the peers where {@code standing} has them. */
    public static String write(Result result, Plan plan, Messages messages, Gate.Verdict gate, Standing standing) {
        ObjectNode tree = tree(result, plan, messages);
        StandingJson.put(tree, standing, result.questionnaire());
        if (gate != null) {
            tree.set("gate", GateTexts.json(gate, messages, result.questionnaire()));
        }
        return JsonText.of(tree);
    }

    public static ObjectNode tree(Result r, Plan plan, Messages messages) {
        ObjectNode root = NODES.objectNode();
        root.put("kind", "result");
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode q = root.putObject("questionnaire");
        q.put("id", r.questionnaire().id());
        q.put("version", r.questionnaire().version());
        root.set("municipality", municipality(r.municipality()));
        root.put("period", r.period());
        ArrayNode respondents = root.putArray("respondents");
        root.put("combine", r.combination());
        for (Respondent p : r.respondents()) {
            if (p.role() == null && p.name() == null) {
                continue;
            }
            ObjectNode o = respondents.addObject();
            putText(o, "role", p.role());
            putText(o, "name", p.name());
        }
        ObjectNode overall = root.putObject("overall");
        putScore(overall, "score", r.overall().score());
        overall.put("stage", r.overall().stage() == null ? null : r.overall().stage().id());
        putScore(overall, "coverage", r.overall().coverage());
        ArrayNode theses = root.putArray("theses");
        for (Result.ThesisResult t : r.theses()) {
            ObjectNode o = theses.addObject();
            o.put("id", t.thesis().id());
            putScore(o, "score", t.score());
            putScore(o, "threshold", t.thesis().threshold());
            o.put("met", t.met());
            o.put("assessable", t.assessable());
            putScore(o, "answeredShare", t.answeredShare());
            ArrayNode conditions = o.putArray("conditions");
            t.conditions().forEach(c -> conditions.add(condition(c)));
        }
        root.put("strategyWorks", r.strategyWorks());
        ArrayNode duties = root.putArray("duties");
        for (Result.DutyResult d : r.duties()) {
            duties.add(duty(d, r.questionnaire(), messages.language()));
        }
        ArrayNode fields = root.putArray("fields");
        for (Result.FieldResult f : r.fields()) {
            ObjectNode o = fields.addObject();
            o.put("id", f.field().id());
            putScore(o, "score", f.score());
            o.put("stage", f.stage() == null ? null : f.stage().id());
            putScore(o, "coverage", f.coverage());
            o.put("answered", f.answered());
            o.put("applicable", f.applicable());
            ObjectNode ft = o.putObject("theses");
            for (Map.Entry<String, Double> e : f.theses().entrySet()) {
                putScore(ft, e.getKey(), e.getValue());
            }
        }
        ArrayNode questions = root.putArray("questions");
        for (Result.QuestionResult qr : r.questions()) {
            ObjectNode o = questions.addObject();
            o.put("id", qr.question().id());
            o.put("field", qr.field().id());
            o.set("answer", answer(qr.answer()));
            putScore(o, "score", qr.score());
            putScore(o, "target", qr.target());
            putScore(o, "impact", qr.impact());
            putScore(o, "spread", qr.spread());
            o.put("applies", qr.question().basics().appliesTo(r.municipality()));
            // the single respondent's words; combined answers carry no single note (see the schema)
            Answer single = qr.answer();
            o.put("note", single == null ? null : single.note());
            o.put("evidence", single instanceof Answer.Given g ? g.evidence() : null);
            o.put("heard", qr.heard());
            o.put("evidenceMissing", Evidence.missing(r, qr));
            ArrayNode groups = o.putArray("roles");
            for (Result.RoleScore g : qr.roles()) {
                ObjectNode go = groups.addObject();
                putText(go, "role", g.role());
                go.put("respondents", g.respondents());
                go.put("answered", g.answered());
                go.put("notApplicable", g.notApplicable());
                putScore(go, "score", g.score());
                go.put("counted", g.counted());
            }
            ArrayNode remarks = o.putArray("remarks");
            for (int k = 0; k < qr.answers().size(); k++) {
                Answer a = qr.answers().get(k);
                String evidence = a instanceof Answer.Given g ? g.evidence() : null;
                if (a != null && (a.note() != null || evidence != null)) {
                    ObjectNode ro = remarks.addObject();
                    ro.put("respondent", k + 1);
                    putText(ro, "role", r.respondents().get(k).role());
                    ro.put("note", a.note());
                    ro.put("evidence", evidence);
                }
            }
        }
        // in the roadmap's order, phase by phase, so that the list reads as the plan it states
        ArrayNode priorities = root.putArray("priorities");
        // named as the report names them (docs/methodology.md, step 5)
        MeasureNames names = new MeasureNames(r, messages.language());
        for (Plan.Phase phase : plan.roadmap()) {
            for (Result.Priority p : phase.measures()) {
                ObjectNode o = priorities.addObject();
                o.put("question", p.question().id());
                o.put("measure", names.of(p));
                o.put("phase", phase.number());
                putScore(o, "impact", p.impact());
                o.put("effort", p.effort().id());
                putScore(o, "priority", p.priority());
                ArrayNode closes = o.putArray("closes");
                p.closes().forEach(closes::add);
                o.put("duty", p.duty());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Warning w : r.warnings()) {
            warnings.add(warning(w, messages, r.questionnaire()));
        }
        return root;
    }

    /** A warning as {"code", "message"}: the code for scripts, the message for people. */
    static ObjectNode warning(Warning w, Messages messages, Questionnaire q) {
        ObjectNode o = NODES.objectNode();
        o.put("code", w.code());
        o.put("message", WarningTexts.text(w, messages, q));
        return o;
    }

    /**
     * A duty as {"question", "field", "minimum" or "minimumScore", "basis", "answer", "answerScore", "met"}, in the
     * words of a condition's bound, so that a script reads both alike.
     */
    private static ObjectNode duty(Result.DutyResult d, Questionnaire q, String language) {
        ObjectNode o = NODES.objectNode();
        Result.BoundResult b = d.minimum();
        o.put("question", d.question().id());
        o.put("field", d.field().id());
        if (b.condition().atLeast() != null) {
            o.set("minimum", value(b.condition().atLeast()));
        } else {
            putScore(o, "minimumScore", b.condition().score());
        }
        o.put("basis", d.duty().basis().in(language, q.defaultLanguage()));
        o.set("answer", answer(b.answer()));
        putScore(o, "answerScore", b.score());
        o.put("met", d.met());
        return o;
    }

    /**
     * A bound as {"question", "atLeast" or "score", "answer", "answerScore", "holds"}; anyOf as {"anyOf", "holds"}.
     * "answer" is the answer as given ("n/a", or null when unanswered or several respondents answered);
     * "answerScore" is the (combined) score the bound was compared with.
     */
    private static ObjectNode condition(Result.ConditionResult c) {
        ObjectNode o = NODES.objectNode();
        if (c instanceof Result.BoundResult b) {
            o.put("question", b.condition().question());
            if (b.condition().atLeast() != null) {
                o.set("atLeast", value(b.condition().atLeast()));
            } else {
                putScore(o, "score", b.condition().score());
            }
            o.set("answer", answer(b.answer()));
            putScore(o, "answerScore", b.score());
        } else if (c instanceof Result.AnyOfResult any) {
            ArrayNode items = o.putArray("anyOf");
            any.items().forEach(i -> items.add(condition(i)));
        } else {
            throw new IllegalArgumentException("unknown condition result " + c);
        }
        o.put("holds", c.holds());
        return o;
    }

    private static ObjectNode municipality(Municipality m) {
        ObjectNode o = NODES.objectNode();
        o.put("id", m.id());
        o.put("name", m.name());
        putText(o, "state", m.state());
        putText(o, "type", m.type());
        if (m.population() != null) {
            o.put("population", m.population());
        }
        return o;
    }

    private static void putText(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void putScore(ObjectNode o, String key, Double value) {
        o.put(key, JsonNumbers.round(value));
    }

    static JsonNode answer(Answer answer) {
        if (answer == null) {
            return NODES.nullNode();
        }
        if (answer instanceof Answer.NotApplicable) {
            return NODES.textNode("n/a");
        }
        return value(((Answer.Given) answer).value());
    }

    private static JsonNode value(AnswerValue v) {
        return v.accept(VALUE);
    }

    private static final AnswerValue.Cases<JsonNode> VALUE = new AnswerValue.Cases<>() {
        @Override
        public JsonNode level(AnswerValue.LevelValue l) {
            return ResultJson.number(l.value());
        }

        @Override
        public JsonNode choice(AnswerValue.ChoiceValue c) {
            return NODES.textNode(c.option());
        }

        @Override
        public JsonNode bool(AnswerValue.BoolValue b) {
            // as answer files and questionnaires write it, in answers and condition bounds alike
            return NODES.textNode(b.value() ? "yes" : "no");
        }

        @Override
        public JsonNode multi(AnswerValue.MultiValue m) {
            ArrayNode a = NODES.arrayNode();
            m.options().forEach(a::add);
            return a;
        }

        @Override
        public JsonNode number(AnswerValue.NumberValue n) {
            return ResultJson.number(n.value());
        }

        @Override
        public JsonNode matrix(AnswerValue.MatrixValue x) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<String, AnswerValue> e : x.rows().entrySet()) {
                o.set(e.getKey(), value(e.getValue()));
            }
            return o;
        }
    };

    /** Whole numbers as integers (3, not 3.0), as the answer file has them. */
    private static JsonNode number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return NODES.numberNode((long) v);
        }
        return NODES.numberNode(v);
    }
}
