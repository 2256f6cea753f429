package de.smartregion.report;

import de.smartregion.model.Answer;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.model.Role;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final Questionnaire questionnaire;

    GroupAnswers(Messages messages, NumberFormats numbers, AnswerTexts answers, RoleLabels roles,
                 Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
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
        List<String> askedOf = new ArrayList<>();
        for (String role : qr.question().basics().asked()) {
            askedOf.add(roles.label(role));
        }
        return new Lines(counted.isEmpty() ? messages.get("report.answer.missing") : String.join("; ", counted),
                others.isEmpty() ? "" : messages.get(askedOf.size() == 1 ? "report.group.not-counted"
                        : "report.group.not-counted.many", String.join("; ", others),
                        ThesisExplanations.joined(askedOf, messages)));
    }

    private String only(Result r, Result.QuestionResult qr, Result.RoleScore group) {
        for (int k = 0; k < r.respondents().size(); k++) {
            if (inGroup(r.respondents().get(k), group) && qr.answers().get(k) != null) {
                return text(qr.question(), qr.answers().get(k));
            }
        }
        return messages.get("report.answer.missing");
    }

    /**
     * "12× stimme voll zu, 80× stimme eher zu, …; Wert 50": the answers from the best to the worst, as a scale
     * reads, "don't know" or n/a last; or the number of answers and the score alone when they are too varied.
     */
    private String tally(Result r, Result.QuestionResult qr, Result.RoleScore group) {
        Question question = qr.question();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        for (int k = 0; k < r.respondents().size(); k++) {
            Answer a = qr.answers().get(k);
            if (a != null && inGroup(r.respondents().get(k), group)) {
                String text = text(question, a);
                counts.put(text, counts.getOrDefault(text, 0) + 1);
                scores.put(text, order(question, a));
            }
        }
        String score = group.score() == null ? ""
                : messages.get("report.group.score", numbers.fixed(100 * group.score(), 0));
        if (counts.size() > MOST_DISTINCT) {
            String given = messages.get("report.group.answers", numbers.grouped(group.answered()
                    + group.notApplicable()));
            return score.isEmpty() ? given : given + "; " + score;
        }
        List<String> sorted = new ArrayList<>(counts.keySet());
        // ties (two multi answers of the same score) in the order the answers first came, the files' order
        sorted.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        List<String> parts = new ArrayList<>();
        for (String text : sorted) {
            parts.add(messages.get("report.group.tally", numbers.grouped(counts.get(text)), text));
        }
        String tally = String.join(", ", parts);
        return score.isEmpty() ? tally : tally + "; " + score;
    }

    /**
     * Where an answer stands on its question's own order, higher first: a level by its value, an option by its
     * score, yes before no; n/a last; answers of other types (multi, number, matrix) in the order they came.
     */
    private static double order(Question question, Answer a) {
        if (!(a instanceof Answer.Given g)) {
            return Double.NEGATIVE_INFINITY;
        }
        AnswerValue v = g.value();
        if (v instanceof AnswerValue.LevelValue level) {
            return level.value();
        }
        if (v instanceof AnswerValue.BoolValue bool) {
            return bool.value() ? 1 : 0;
        }
        if (v instanceof AnswerValue.ChoiceValue choice && question instanceof Question.Choice c) {
            for (Option o : c.options()) {
                if (o.id().equals(choice.option())) {
                    return o.score();
                }
            }
        }
        return 0;
    }

    /** An answer as the group gave it; n/a to a perception is "don't know", which is what it means there. */
    private String text(Question question, Answer a) {
        Role accountable = questionnaire.accountableRole();
        if (a instanceof Answer.NotApplicable && accountable != null && !question.basics().askedOf(accountable.id())) {
            return messages.get("report.answer.dont-know");
        }
        return answers.text(question, a);
    }

    static boolean inGroup(Respondent p, Result.RoleScore group) {
        return group.role() == null ? p.role() == null : group.role().equals(p.role());
    }
}
