package de.smartregion.report;

import de.smartregion.model.Answer;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.model.Role;

/**
 * What backs an answer. A fact answered high needs evidence (a council resolution, a URL); a stakeholder group's
 * perception needs none, as the survey is its evidence.
 */
final class Evidence {

    /** From this score an answer is high: a report marks it when no evidence stands beside it. */
    static final double HIGH = 0.75;

    private static final String HEX = "0123456789ABCDEF";

    private Evidence() {
    }

    /**
     * Whether the question scores high without evidence: it is a fact (asked of the accountable role, or the
     * questionnaire names none) and no respondent whose answers count for it gave evidence, whatever their group:
     * a council resolution the council cites backs the answer as well as one the administration cites.
     */
    static boolean missing(Result r, Result.QuestionResult qr) {
        if (qr.score() == null || qr.score() < HIGH) {
            return false;
        }
        Questionnaire q = r.questionnaire();
        Role accountable = q.accountableRole();
        Question question = qr.question();
        if (accountable != null && !question.basics().askedOf(accountable.id())) {
            return false;
        }
        for (int k = 0; k < qr.answers().size(); k++) {
            Respondent p = r.respondents().get(k);
            if (q.asks(question, p.role()) && qr.answers().get(k) instanceof Answer.Given g && g.evidence() != null
                    && !g.evidence().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The evidence as a link target when it is one web address and nothing else (http or https), with every
     * character that could end or break a link in Markdown or HTML percent-encoded; else empty. Other schemes
     * (javascript:, data:, file:) never become links.
     */
    static String href(String evidence) {
        String s = evidence.strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || s.length() > 2000) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return ""; // not one address: text with a URL in it stays text
            }
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~:/?#@!$&*+,;=%".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
            }
        }
        return out.toString();
    }
}
