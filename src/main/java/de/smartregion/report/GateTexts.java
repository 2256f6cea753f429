package de.smartregion.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.smartregion.score.Gate;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.util.ArrayList;
import java.util.List;

/** A gate's verdict in words (for the terminal) and as JSON (for CI). */
public final class GateTexts {

    private GateTexts() {
    }

    public static String reason(Gate.Reason r, Messages messages, int rounding) {
        NumberFormats numbers = new NumberFormats(messages.language());
        Object[] args = r.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Double d) {
                args[i] = numbers.fixed(d, rounding);
            }
        }
        return messages.get("gate." + r.code(), args);
    }

    /** All reasons of a failed verdict on one line. */
    public static String line(Gate.Verdict verdict, Messages messages, int rounding) {
        List<String> parts = new ArrayList<>();
        for (Gate.Reason r : verdict.reasons()) {
            parts.add(reason(r, messages, rounding));
        }
        return String.join("; ", parts);
    }

    /** {"failUnder": …, "failOnThesis": …, "passed": …, "reasons": [{"code", "message"}]} */
    public static ObjectNode json(Gate.Verdict verdict, Messages messages, int rounding) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        Gate gate = verdict.gate();
        if (gate.failUnder() == null) {
            o.putNull("failUnder");
        } else {
            o.put("failUnder", gate.failUnder());
        }
        o.put("failOnThesis", gate.failOnThesis());
        o.put("passed", verdict.passed());
        ArrayNode reasons = o.putArray("reasons");
        for (Gate.Reason r : verdict.reasons()) {
            ObjectNode x = reasons.addObject();
            x.put("code", r.code());
            x.put("message", reason(r, messages, rounding));
        }
        return o;
    }
}
