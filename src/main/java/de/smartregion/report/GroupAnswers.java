package de.smartregion.report;

import de.smartregion.model.Answer;
import de.smartregion.model.Question;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A question's answers group by group, as a report shows them: a lone respondent's answer as given, a larger
 * group's as counts per answer with the group's score, so that a report of 300 citizens stays about as long as one
 * of four respondents. Groups whose answers do not count (the question is not asked of them) are marked.
 */
final class GroupAnswers {

    /** A group's distinct answers are counted up to this many; beyond, the report gives its score alone. */
    static final int MOST_DISTINCT = 6;

    private final Messages messages;
    private final NumberFormats numbers;
    private final AnswerTexts answers;
    private final RoleLabels roles;

    GroupAnswers(Messages messages, NumberFormats numbers, AnswerTexts answers, RoleLabels roles) {
        this.messages = messages;
        this.numbers = numbers;
        this.answers = answers;
        this.roles = roles;
    }

    /**
     * The answers of the groups whose answers count, joined ("not answered" when none gave one), and those of the
     * groups the question is not asked of, joined (empty when none answered).
     */
    record Lines(String counted, String notCounted) {
    }

    Lines lines(Result r, Result.QuestionResult qr) {
        List<String> counted = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Result.RoleScore group : qr.roles()) {
            if (group.answered() + group.notApplicable() == 0) {
                continue;
            }
            String label = roles.label(group.role());
            String text = group.respondents() == 1 ? messages.get("report.group.one", label, only(r, qr, group))
                    : messages.get("report.group.many", label, numbers.grouped(group.respondents()),
                            tally(r, qr, group));
            (group.counted() ? counted : others).add(text);
        }
        return new Lines(counted.isEmpty() ? messages.get("report.answer.missing") : String.join("; ", counted),
                others.isEmpty() ? "" : messages.get("report.group.not-counted", String.join("; ", others)));
    }

    private String only(Result r, Result.QuestionResult qr, Result.RoleScore group) {
        for (int k = 0; k < r.respondents().size(); k++) {
            if (inGroup(r.respondents().get(k), group) && qr.answers().get(k) != null) {
                return answers.text(qr.question(), qr.answers().get(k));
            }
        }
        return messages.get("report.answer.missing");
    }

    /** "120× etabliert, 80× pilotiert; Wert 50", most frequent first, or the count and score alone. */
    private String tally(Result r, Result.QuestionResult qr, Result.RoleScore group) {
        Question question = qr.question();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int k = 0; k < r.respondents().size(); k++) {
            Answer a = qr.answers().get(k);
            if (a != null && inGroup(r.respondents().get(k), group)) {
                counts.merge(answers.text(question, a), 1, Integer::sum);
            }
        }
        String score = group.score() == null ? ""
                : messages.get("report.group.score", numbers.fixed(100 * group.score(), 0));
        if (counts.size() > MOST_DISTINCT) {
            String given = messages.get("report.group.answers", numbers.grouped(group.answered()
                    + group.notApplicable()));
            return score.isEmpty() ? given : given + "; " + score;
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        // most frequent first; ties in the order the answers first came, which is the files' order
        sorted.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sorted) {
            parts.add(messages.get("report.group.tally", numbers.grouped(e.getValue()), e.getKey()));
        }
        String tally = String.join(", ", parts);
        return score.isEmpty() ? tally : tally + "; " + score;
    }

    static boolean inGroup(Respondent p, Result.RoleScore group) {
        return group.role() == null ? p.role() == null : group.role().equals(p.role());
    }
}
