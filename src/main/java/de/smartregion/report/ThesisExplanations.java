package de.smartregion.report;

import de.smartregion.model.AnswerValue;
import de.smartregion.model.Condition;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.model.Text;
import de.smartregion.score.Plan;
import de.smartregion.score.Scorer;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * Says why a thesis is met or not, from the answers alone: the lead sentence (score against threshold, or why it
 * cannot be judged), each failed condition in words and the answered questions that pull its score down most. No
 * sentence claims more than an answer shows: a condition whose question is unanswered is "open", never "missing".
 */
final class ThesisExplanations {

    /** How many questions "pull the score down most" a thesis names. */
    static final int WEAKEST = 3;

    private final Messages messages;
    private final NumberFormats numbers;
    private final AnswerTexts answers;
    private final Questionnaire questionnaire;
    private final String language;

    ThesisExplanations(Messages messages, NumberFormats numbers, Questionnaire questionnaire) {
        this.messages = messages;
        this.numbers = numbers;
        this.questionnaire = questionnaire;
        this.answers = new AnswerTexts(messages, numbers, questionnaire);
        this.language = messages.language();
    }

    /** "met", "not-met" or "not-assessable": the template's class and mark, never shown alone. */
    static String kind(Result.ThesisResult t) {
        return !t.assessable() ? "not-assessable" : t.met() ? "met" : "not-met";
    }

    String status(Result.ThesisResult t) {
        return messages.get("report.thesis." + kind(t));
    }

    /** The first sentence under a thesis: not assessable, met, or which of score and conditions fall short. */
    String lead(Result.ThesisResult t, int decimals) {
        String threshold = numbers.plain(t.thesis().threshold());
        if (!t.assessable()) {
            String lead = t.answeredShare() == null ? messages.get("report.thesis.lead.nothing-applies")
                    : messages.get("report.thesis.lead.not-assessable",
                            numbers.percent(t.answeredShare(), messages.get("format.percent")),
                            numbers.percent(Scorer.ASSESSABLE_SHARE, messages.get("format.percent")));
            return t.failedConditions().isEmpty() ? lead : lead + " " + messages.get("report.thesis.lead.open");
        }
        String score = numbers.fixed(t.score(), decimals);
        int failed = t.failedConditions().size();
        if (t.met()) {
            return messages.get(t.conditions().isEmpty() ? "report.thesis.lead.met-no-conditions"
                    : "report.thesis.lead.met", score, threshold);
        }
        String count = messages.get(failed == 1 ? "report.thesis.conditions.one" : "report.thesis.conditions.many",
                failed);
        if (t.reachesThreshold()) {
            return messages.get("report.thesis.lead.conditions-fail", score, threshold, count);
        }
        return failed == 0 ? messages.get("report.thesis.lead.below", score, threshold)
                : messages.get("report.thesis.lead.below-and-conditions", score, threshold, count);
    }

    /**
     * Why, in one line for the first page: the score against the threshold (or why there is none), then each failed
     * condition by its short name, each a sentence of its own: a short name is a fragment with a capital ("Keine
     * regelmäßige Überprüfung …"), which after a " · " or a colon would be wrong. Says no more than {@link #lead} and
     * {@link #failed} do.
     */
    String reason(Result.ThesisResult t, int decimals) {
        String threshold = numbers.plain(t.thesis().threshold());
        List<String> parts = new ArrayList<>();
        if (!t.assessable()) {
            parts.add(t.answeredShare() == null ? messages.get("report.glance.nothing-applies")
                    : messages.get("report.glance.not-assessable",
                            numbers.percent(t.answeredShare(), messages.get("format.percent")),
                            numbers.percent(Scorer.ASSESSABLE_SHARE, messages.get("format.percent"))));
        } else {
            parts.add(messages.get(t.reachesThreshold() ? "report.glance.reaches" : "report.glance.below",
                    numbers.fixed(t.score(), decimals), threshold));
            if (t.met() && !t.conditions().isEmpty()) {
                parts.add(messages.get("report.glance.conditions-hold"));
            }
        }
        for (Result.ConditionResult c : t.failedConditions()) {
            parts.add(shortName(c));
        }
        return String.join(". ", parts) + ".";
    }

    /**
     * A failed condition by its short name: the domain's name for an answered gap, else the question and whether it
     * is unanswered or answered below the bound. A failed anyOf holds in none of its alternatives, so each is named.
     */
    private String shortName(Result.ConditionResult c) {
        if (c instanceof Result.AnyOfResult any) {
            List<String> names = new ArrayList<>();
            for (Result.ConditionResult item : any.items()) {
                String name = shortName(item);
                // within an English phrase a label starts in lower case ("… and participation results …"); German
                // labels start with nouns, an acronym keeps its capitals
                names.add(names.isEmpty() || !"en".equals(language) || name.length() < 2
                        || !Character.isLowerCase(name.charAt(1)) ? name
                        : Character.toLowerCase(name.charAt(0)) + name.substring(1));
            }
            return names.size() == 1 ? names.get(0)
                    : messages.get("report.glance.anyof", joined(names, messages));
        }
        if (c instanceof Result.BoundResult b) {
            String question = messages.get("report.quoted", text(b.question().basics().text()));
            String key = "report.condition.label." + b.question().id();
            return switch (b.status()) {
                case MISSING -> messages.get("report.glance.unanswered", question);
                case NOT_APPLICABLE -> messages.get("report.glance.na", question);
                case ANSWERED -> messages.has(key) ? messages.get(key) : messages.get("report.glance.too-low", question);
            };
        }
        throw new IllegalArgumentException("unknown condition result " + c);
    }

    /**
     * Why a thesis whose score reaches its threshold is not met, for a comparison or trend: "{who}, {thesis}: the
     * score reaches the threshold, but a condition fails: …"; empty when no condition fails.
     */
    String shortfall(String who, String thesis, List<Result.ConditionResult> failed) {
        List<String> names = new ArrayList<>();
        for (Result.ConditionResult c : failed) {
            names.add(shortName(c));
        }
        // each name a sentence: it is a fragment with a capital ("Keine regelmäßige Überprüfung …")
        return names.isEmpty() ? "" : messages.get(names.size() == 1 ? "compare.shortfall.one"
                : "compare.shortfall.many", who, thesis, String.join(". ", names));
    }

    /** Each failed condition in words; an anyOf lists its alternatives, any one of which would do. */
    List<ReportView.ConditionLine> failed(Result.ThesisResult t) {
        List<ReportView.ConditionLine> lines = new ArrayList<>();
        for (Result.ConditionResult c : t.failedConditions()) {
            lines.add(line(c));
        }
        return lines;
    }

    ReportView.ConditionLine line(Result.ConditionResult c) {
        if (c instanceof Result.BoundResult b) {
            return new ReportView.ConditionLine(bound(b, true), List.of());
        }
        if (c instanceof Result.AnyOfResult any) {
            List<String> alternatives = new ArrayList<>();
            flatten(any, alternatives);
            return new ReportView.ConditionLine(messages.get("report.condition.any-of"), alternatives);
        }
        throw new IllegalArgumentException("unknown condition result " + c);
    }

    private void flatten(Result.AnyOfResult any, List<String> into) {
        for (Result.ConditionResult item : any.items()) {
            if (item instanceof Result.BoundResult b) {
                into.add(bound(b, false));
            } else if (item instanceof Result.AnyOfResult nested) {
                flatten(nested, into);
            } else {
                throw new IllegalArgumentException("unknown condition result " + item);
            }
        }
    }

    /**
     * A bound in words: the question, the answer given (or that none was), the bound needed. An answered bound
     * that fails may lead with the domain's name for the gap ("No adopted digital strategy"); an unanswered one
     * never does, as the answers do not show the gap.
     */
    String bound(Result.BoundResult b, boolean labelled) {
        String question = text(b.question().basics().text());
        String needed = needed(b);
        String sentence = switch (b.status()) {
            case MISSING -> messages.get("report.condition.missing", question, needed);
            case NOT_APPLICABLE -> messages.get("report.condition.na", question, messages.get("report.answer.na"),
                    needed);
            case ANSWERED -> b.answer() == null
                    ? messages.get("report.condition.answered-combined", question, points(b.score()),
                            b.condition().atLeast() == null ? needed : needed + " "
                                    + messages.get("report.condition.bound-points", points(b.condition().score())))
                    : b.condition().atLeast() == null
                    ? messages.get("report.condition.answered-score", question,
                            answers.text(b.question(), b.answer()), points(b.score()), needed)
                    : messages.get("report.condition.answered", question,
                            answers.text(b.question(), b.answer()), needed);
        };
        String key = "report.condition.label." + b.question().id();
        if (labelled && !b.holds() && b.status() == Result.AnswerStatus.ANSWERED && messages.has(key)) {
            return messages.get(key) + ": " + sentence;
        }
        return sentence;
    }

    /** "at least „Adopted by the council“", or "at least 50 of 100 points" for a bound written as a score. */
    private String needed(Result.BoundResult b) {
        AnswerValue bound = b.condition().atLeast();
        if (bound == null) {
            return messages.get("report.condition.needed-score", points(b.condition().score()));
        }
        // yes or no has nothing between: "„yes“ is needed", not "at least „yes“"
        return messages.get(b.question() instanceof Question.Bool ? "report.condition.needed-exact"
                : "report.condition.needed", answers.value(b.question(), bound));
    }

    private String points(Double score) {
        return numbers.fixed(100 * score, 0);
    }

    /** What most keeps the thesis's score from 100, as the plan ranked it ({@link Plan#weakest()}). */
    List<String> weakest(Plan plan, Result.ThesisResult t) {
        List<Result.QuestionResult> weakest = plan.weakest().get(t.thesis().id());
        List<String> lines = new ArrayList<>();
        for (Result.QuestionResult qr : weakest.subList(0, Math.min(WEAKEST, weakest.size()))) {
            String question = text(qr.question().basics().text());
            // several respondents: their combined score, as no single answer stands for it
            if (qr.score() == null) {
                lines.add(messages.get("report.thesis.weak-unanswered", question));
                continue;
            }
            if (qr.disputed()) {
                // the groups disagree on what tests the strategy: each group's score, so the report shows who
                lines.add(messages.get("report.thesis.weak-disputed", question, points(qr.score()), groups(qr)));
                continue;
            }
            lines.add(qr.answer() == null ? messages.get("report.thesis.weak-combined", question, points(qr.score()))
                    : messages.get("report.thesis.weak", question, answers.text(qr.question(), qr.answer()),
                            points(qr.score())));
        }
        return lines;
    }

    /**
     * The thesis's own questions on which the groups disagree (spread at least {@link Scorer#DISAGREEMENT}), each
     * with every group's score: a strategy the administration calls participatory and the citizens do not is
     * evidence about the thesis, whatever the median says.
     */
    List<String> divided(Result r, Result.ThesisResult t) {
        List<String> lines = new ArrayList<>();
        for (Result.QuestionResult qr : r.questions()) {
            if (qr.disputed() && qr.score() != null
                    && qr.question().basics().affinity(t.thesis().id()) > Scorer.OWN_AFFINITY) {
                lines.add(messages.get("report.thesis.divided-line", quotable(text(qr.question().basics().text())),
                        groups(qr)));
            }
        }
        return lines;
    }

    /**
     * A question's text to quote before a colon: a statement's full stop dropped („… will“: Rat 100), a question
     * mark kept, as it says what was asked.
     */
    static String quotable(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** "Verwaltung 100, Bürgerschaft 25": the score of each group whose answers count. */
    String groups(Result.QuestionResult qr) {
        RoleLabels labels = new RoleLabels(messages, questionnaire);
        List<String> parts = new ArrayList<>();
        for (Result.RoleScore g : qr.roles()) {
            if (g.counted() && g.score() != null) {
                parts.add(messages.get("report.thesis.group-score", labels.label(g.role()), points(g.score())));
            }
        }
        return String.join(", ", parts);
    }

    /**
     * A condition every thesis sets on the same question and bound (the bundled questionnaire's adopted strategy)
     * that fails: a report says so first, as no thesis can be met without it. Null when there is none.
     */
    static Result.BoundResult sharedFailure(Result r) {
        if (r.theses().isEmpty()) {
            return null;
        }
        for (Result.ConditionResult c : r.theses().get(0).failedConditions()) {
            if (c instanceof Result.BoundResult b && inEveryThesis(r, b.condition())) {
                return b;
            }
        }
        return null;
    }

    private static boolean inEveryThesis(Result r, Condition.Bound bound) {
        for (Result.ThesisResult t : r.theses()) {
            boolean found = false;
            for (Condition c : t.thesis().conditions()) {
                found |= c.equals(bound);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** "A, B and C" in the report's language. */
    static String joined(List<String> items, Messages messages) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + messages.get("report.list.and")
                + items.get(items.size() - 1);
    }

    private String text(Text t) {
        return t == null ? "" : t.in(language, questionnaire.defaultLanguage());
    }
}
