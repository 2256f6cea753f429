package de.smartregion.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Thesis;
import de.smartregion.score.Gate;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.util.ArrayList;
import java.util.List;

/** A gate's verdict in words (for the terminal) and as JSON (for CI). */
public final class GateTexts {

    /** The stable code of each reason, for scripts; the message key is {@code gate.CODE}. */
    private static final Gate.Cases<String> CODE = new Gate.Cases<>() {
        @Override
        public String noScore(Gate.NoScore reason) {
            return "no-score";
        }

        @Override
        public String belowMinimum(Gate.BelowMinimum reason) {
            return "below-minimum";
        }

        @Override
        public String thesisNotMet(Gate.ThesisNotMet reason) {
            return "thesis-not-met";
        }
    };

    private GateTexts() {
    }

    /** The stable code of a reason, as the JSON gives it. */
    static String code(Gate.Reason r) {
        return r.accept(CODE);
    }

    /**
     * A reason in words, scores as the report shows them.
     *
     * @param titleLanguage the language the theses are named in: the report's, so that the terminal names them as
     *     the report beside it does
     */
    static String reason(Gate.Reason r, Messages messages, Questionnaire q, String titleLanguage) {
        NumberFormats numbers = new NumberFormats(messages.language());
        int rounding = q.scoring().rounding();
        String key = "gate." + code(r);
        return r.accept(new Gate.Cases<>() {
            @Override
            public String noScore(Gate.NoScore reason) {
                return messages.get(key, numbers.fixed(reason.minimum(), rounding));
            }

            @Override
            public String belowMinimum(Gate.BelowMinimum reason) {
                return messages.get(key, numbers.fixed(reason.overall(), rounding),
                        numbers.fixed(reason.minimum(), rounding));
            }

            @Override
            public String thesisNotMet(Gate.ThesisNotMet reason) {
                List<String> titles = new ArrayList<>();
                for (Thesis t : reason.theses()) {
                    titles.add(t.title().in(titleLanguage, q.defaultLanguage()));
                }
                return messages.get(key, String.join(", ", titles));
            }
        });
    }

    /** All reasons of a failed verdict on one line; see {@link #reason} for {@code titleLanguage}. */
    public static String line(Gate.Verdict verdict, Messages messages, Questionnaire q, String titleLanguage) {
        List<String> parts = new ArrayList<>();
        for (Gate.Reason r : verdict.reasons()) {
            parts.add(reason(r, messages, q, titleLanguage));
        }
        return String.join("; ", parts);
    }

    /** {"failUnder": …, "failOnThesis": …, "passed": …, "reasons": [{"code", "message"}]} */
    public static ObjectNode json(Gate.Verdict verdict, Messages messages, Questionnaire q) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        settings(o, verdict.gate());
        o.put("passed", verdict.passed());
        ArrayNode reasons = o.putArray("reasons");
        for (Gate.Reason r : verdict.reasons()) {
            ObjectNode x = reasons.addObject();
            x.put("code", code(r));
            x.put("message", reason(r, messages, q, messages.language()));
        }
        return o;
    }

    /** What the gate asked for: {"failUnder": … or null, "failOnThesis": …}. */
    static void settings(ObjectNode o, Gate gate) {
        if (gate.failUnder() == null) {
            o.putNull("failUnder");
        } else {
            o.put("failUnder", gate.failUnder());
        }
        o.put("failOnThesis", gate.failOnThesis());
    }
}
