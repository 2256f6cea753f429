package de.smartregion.score;

import de.smartregion.model.Answer;
import de.smartregion.model.Assessment;
import de.smartregion.model.Condition;
import de.smartregion.model.Duty;
import de.smartregion.model.Field;
import de.smartregion.model.MissingPolicy;
import de.smartregion.model.Municipality;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.model.Role;
import de.smartregion.model.Rounding;
import de.smartregion.model.Scores;
import de.smartregion.model.Stage;
import de.smartregion.model.Thesis;
import de.smartregion.model.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Scores one municipality and period: per question, per field, per thesis and overall, with coverage, impact and
 * priorities, exactly as docs/methodology.md defines them. Pure: no I/O, no rounding except for stage lookup.
 */
public final class Scorer {

    /** Overall coverage below this gets a warning: the index then rests on too little. */
    public static final double LOW_COVERAGE = 0.8;
    /** Field coverage below this gets a warning naming the field. */
    public static final double LOW_FIELD_COVERAGE = 0.5;
    /** A spread of respondents' scores from which a report flags the question as disputed. */
    public static final double DISAGREEMENT = 0.5;
    /** Impacts at or below this are rounding noise, not measures. */
    private static final double NO_IMPACT = 1e-9;
    /**
     * Up to this many additions, impacts are computed as defined: by re-scoring the question's field and the index
     * once per question. Beyond, that would grow with the square of a field's size (a field of 50,000 questions:
     * minutes), so impacts are updated from the totals instead, in constant time per question.
     */
    static final long RESCORE_BUDGET = 1L << 20;
    /** A question bears on a thesis as one of its own above this affinity; sector questions stay at or below. */
    public static final double OWN_AFFINITY = 0.25;
    /**
     * A thesis is assessable when at least this share of the weight Σ w·a of its own applicable questions is
     * answered: below, its score would rest on a minority of what the thesis asks (docs/methodology.md).
     */
    public static final double ASSESSABLE_SHARE = 0.5;

    private Scorer() {
    }

    /** Scores the answers of one or more respondents of one municipality and period. */
    public static Result score(Questionnaire questionnaire, List<Assessment> respondents, Combine combine) {
        return score(questionnaire, respondents, combine, RESCORE_BUDGET);
    }

    /** As {@link #score(Questionnaire, List, Combine)}, re-scoring for impacts only within {@code rescoreBudget}. */
    static Result score(Questionnaire questionnaire, List<Assessment> respondents, Combine combine,
                        long rescoreBudget) {
        if (respondents.isEmpty()) {
            throw new IllegalArgumentException("at least one answer file is needed");
        }
        List<Responses> responses = new ArrayList<>();
        for (Assessment a : respondents) {
            responses.add(Responses.of(questionnaire, a));
        }
        Assessment first = respondents.get(0);
        List<Municipality> described = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (Assessment a : respondents) {
            described.add(a.municipality());
            roles.add(a.respondent() == null ? null : a.respondent().role());
        }
        Municipality municipality = municipality(questionnaire, described, roles);
        Combined combined = Combined.of(questionnaire, municipality, responses, combine);
        combined.keepAnswers(questionnaire, respondents);
        return new Run(questionnaire, combined).result(municipality, first.period(), respondentsOf(respondents),
                true, rescoreBudget);
    }

    /**
     * Scores respondents already reduced to {@link Responses}, as a batch comparison does. The result carries the
     * scores of fields, theses and overall, with coverage and warnings, but no per-question results and no
     * priorities: a cohort of a hundred thousand needs neither, and their impacts cost most of the time.
     */
    public static Result score(Questionnaire questionnaire, Municipality municipality, String period,
                               List<Respondent> people, List<Responses> responses, Combine combine) {
        if (responses.isEmpty()) {
            throw new IllegalArgumentException("at least one answer file is needed");
        }
        return new Run(questionnaire, Combined.of(questionnaire, municipality, responses, combine))
                .result(municipality, period, people, false, 0);
    }

    /**
     * The municipality as its respondents' files describe it, the accountable role's files trusted first, then the
     * others in the order given.
     */
    public static Municipality municipality(Questionnaire q, List<Municipality> described, List<String> roles) {
        if (described.size() == 1) {
            return described.get(0);
        }
        Role accountable = q.accountableRole();
        List<Municipality> byTrust = new ArrayList<>();
        for (int k = 0; k < described.size(); k++) {
            if (accountable != null && accountable.id().equals(roles.get(k))) {
                byTrust.add(described.get(k));
            }
        }
        for (int k = 0; k < described.size(); k++) {
            if (accountable == null || !accountable.id().equals(roles.get(k))) {
                byTrust.add(described.get(k));
            }
        }
        return Municipality.described(byTrust);
    }

    /** One respondent per answer file, so that per-respondent answers line up with them. */
    private static List<Respondent> respondentsOf(List<Assessment> assessments) {
        List<Respondent> list = new ArrayList<>();
        for (Assessment a : assessments) {
            list.add((a.respondent() != null ? a.respondent() : new Respondent(null, null)).writingIn(a.language()));
        }
        return list;
    }

    /**
     * The overall index from field scores by the questionnaire's rule: the weighted mean over fields with a score, or
     * the weakest field; null when no field has a score.
     */
    public static Double overallIndex(Questionnaire q, Scores fieldScores) {
        double[] scores = new double[fieldScores.size()];
        for (int f = 0; f < scores.length; f++) {
            Double score = fieldScores.get(f);
            scores[f] = score == null ? Double.NaN : score;
        }
        return present(overallTotals(q, scores).value());
    }

    /** A score as the model has it: the NaN that scoring uses inside for none becomes null. */
    private static Double present(double score) {
        return Double.isNaN(score) ? null : score;
    }

    private static Totals overallTotals(Questionnaire q, double[] fieldScores) {
        Totals overall = new Totals(q.scoring().overall());
        for (int f = 0; f < fieldScores.length; f++) {
            if (!Double.isNaN(fieldScores[f])) {
                overall.add(f, q.fields().get(f).weight(), fieldScores[f]);
            }
        }
        return overall;
    }

    /** The state of one scoring pass; arrays are indexed by question or field position. */
    private static final class Run {
        private final Questionnaire q;
        private final Combined c;
        private final List<Question> questions;
        private final List<Field> fields;
        /** The score each question contributes now, NaN when it does not count (n/a, or missing and excluded). */
        private final double[] counting;
        private final Double[] fieldScores;
        /** Field scores and the index as totals, for impacts updated rather than re-scored. */
        private final Totals[] fieldTotals;
        private final Totals overallTotals;
        private final ConditionCheck check;

        Run(Questionnaire q, Combined c) {
            this.q = q;
            this.c = c;
            this.check = new ConditionCheck(q, c);
            this.questions = q.questions();
            this.fields = q.fields();
            this.counting = new double[questions.size()];
            boolean zero = q.scoring().missing() == MissingPolicy.ZERO;
            for (int i = 0; i < counting.length; i++) {
                counting[i] = c.answered(i) ? c.score(i) : (c.missing(i) && zero ? 0 : Double.NaN);
            }
            this.fieldScores = new Double[fields.size()];
            this.fieldTotals = new Totals[fields.size()];
            double[] scores = new double[fields.size()];
            int first = 0;
            for (int f = 0; f < fields.size(); f++) {
                fieldTotals[f] = totals(f, first, -1, 0);
                fieldScores[f] = fieldTotals[f].isEmpty() ? null : 100 * fieldTotals[f].value();
                scores[f] = fieldTotals[f].isEmpty() ? Double.NaN : fieldScores[f];
                first += fields.get(f).questions().size();
            }
            this.overallTotals = overallTotals(q, scores);
        }

        /** Field f's score, with question {@code replaced} (or -1) scoring {@code replacement}. */
        private Double fieldScore(int f, int first, int replaced, double replacement) {
            Totals totals = totals(f, first, replaced, replacement);
            return totals.isEmpty() ? null : 100 * totals.value();
        }

        /** The totals of field f's counting questions, with question {@code replaced} (or -1) as given. */
        private Totals totals(int f, int first, int replaced, double replacement) {
            Field field = fields.get(f);
            Totals totals = new Totals(field.aggregate());
            for (int i = first; i < first + field.questions().size(); i++) {
                double s = i == replaced ? replacement : counting[i];
                if (!Double.isNaN(s)) {
                    totals.add(i, questions.get(i).basics().weight(), s);
                }
            }
            return totals;
        }

        /**
         * The impact of counting question i of field f (starting at {@code first}): the index with its score set to
         * the target minus the index now. Re-scored as defined while the whole questionnaire's re-scoring stays
         * within the budget; else updated from the totals, the same number up to the rounding of doubles (exactly
         * the same for min aggregations and for a target the answer already reaches).
         */
        private double impact(int f, int first, int i, double overallNow, boolean rescore) {
            double target = c.target(i);
            if (rescore) {
                return overall(f, fieldScore(f, first, i, target)) - overallNow;
            }
            double field = 100 * fieldTotals[f].valueWith(i, questions.get(i).basics().weight(), counting[i], target);
            return overallTotals.valueWith(f, fields.get(f).weight(), fieldScores[f], field) - overallNow;
        }

        /** What re-scoring every counting question's field and the index once would cost, in additions. */
        private long rescoreCost() {
            long cost = 0;
            for (int i = 0; i < counting.length; i++) {
                if (!Double.isNaN(counting[i])) {
                    cost += fields.get(q.fieldIndexOf(i)).questions().size() + fields.size();
                }
            }
            return cost;
        }

        /** The overall index from field scores, with field {@code replaced} (or -1) scoring {@code replacement}. */
        private Double overall(int replaced, Double replacement) {
            double[] scores = new double[fields.size()];
            for (int f = 0; f < scores.length; f++) {
                Double score = f == replaced ? replacement : fieldScores[f];
                scores[f] = score == null ? Double.NaN : score;
            }
            return present(overallTotals(q, scores).value());
        }

        /**
         * Thesis score over questions {@code from..to-1}: Σ w a s / Σ w a over counting questions with a > 0, where
         * the thesis's own {@code missing} says whether its unanswered questions count as 0.
         */
        private Double thesisScore(int thesis, int from, int to) {
            boolean zero = q.theses().get(thesis).missing() == MissingPolicy.ZERO;
            double weighted = 0;
            double weights = 0;
            for (int i = from; i < to; i++) {
                double a = q.affinity(thesis, i);
                double s = c.answered(i) ? c.score(i) : c.missing(i) && zero ? 0 : Double.NaN;
                if (a > 0 && !Double.isNaN(s)) {
                    double w = questions.get(i).basics().weight() * a;
                    weighted += w * s;
                    weights += w;
                }
            }
            return weights > 0 ? 100 * weighted / weights : null;
        }

        /**
         * The share Σ w a over answered / Σ w a over applicable of the thesis's own questions (affinity above
         * {@link #OWN_AFFINITY}; all questions bearing on it when it has none of its own); null when none applies.
         */
        private Double answeredShare(int thesis) {
            boolean hasOwn = false;
            for (int i = 0; i < questions.size() && !hasOwn; i++) {
                hasOwn = q.affinity(thesis, i) > OWN_AFFINITY;
            }
            double floor = hasOwn ? OWN_AFFINITY : 0;
            double answered = 0;
            double applicable = 0;
            for (int i = 0; i < questions.size(); i++) {
                double a = q.affinity(thesis, i);
                // a fact not heard counts as unanswered here, so that a thesis judged on perceptions alone cannot be
                // assessed; a perception not heard (no survey) is left out, like n/a
                if (a > floor && !c.notApplicable(i) && (c.heard(i) || fact(i))) {
                    double w = questions.get(i).basics().weight() * a;
                    applicable += w;
                    if (c.answered(i)) {
                        answered += w;
                    }
                }
            }
            return applicable > 0 ? answered / applicable : null;
        }

        /** Whether question i asks for a fact: of the accountable role, or of every role. */
        private boolean fact(int i) {
            Role accountable = q.accountableRole();
            return accountable == null || questions.get(i).basics().askedOf(accountable.id());
        }

        Result result(Municipality municipality, String period, List<Respondent> people, boolean perQuestion,
                      long rescoreBudget) {
            List<Warning> warnings = new ArrayList<>();
            List<Result.FieldResult> fieldResults = new ArrayList<>();
            int[] fieldStart = new int[fields.size()];
            int first = 0;
            int answeredAll = 0;
            int applicableAll = 0;
            int missingAll = 0;
            for (int f = 0; f < fields.size(); f++) {
                Field field = fields.get(f);
                fieldStart[f] = first;
                int end = first + field.questions().size();
                int answered = 0;
                int applicable = 0;
                for (int i = first; i < end; i++) {
                    if (!c.excluded(i)) {
                        applicable++;
                    }
                    if (c.answered(i)) {
                        answered++;
                    }
                }
                Map<String, Double> theses = new LinkedHashMap<>();
                for (int t = 0; t < q.theses().size(); t++) {
                    Double ts = thesisScore(t, first, end);
                    if (ts != null) {
                        theses.put(q.theses().get(t).id(), ts);
                    }
                }
                Double coverage = applicable == 0 ? null : (double) answered / applicable;
                fieldResults.add(new Result.FieldResult(field, fieldScores[f], stage(fieldScores[f]), coverage,
                        answered, applicable, theses));
                if (applicable > 0 && answered == 0 && q.scoring().missing() == MissingPolicy.EXCLUDE) {
                    warnings.add(new Warning.FieldUnanswered(field));
                } else if (coverage != null && coverage < LOW_FIELD_COVERAGE) {
                    warnings.add(new Warning.FieldLowCoverage(field, coverage));
                }
                answeredAll += answered;
                applicableAll += applicable;
                missingAll += applicable - answered;
                first = end;
            }
            Double overallScore = overall(-1, null);
            Double coverage = applicableAll == 0 ? null : (double) answeredAll / applicableAll;
            if (coverage != null && coverage < LOW_COVERAGE) {
                warnings.add(0, new Warning.LowCoverage(coverage, LOW_COVERAGE));
            }
            if (q.scoring().missing() == MissingPolicy.ZERO && missingAll > 0) {
                warnings.add(new Warning.MissingAsZero(missingAll));
            }
            roleWarnings(people, warnings);
            List<Result.ThesisResult> theses = new ArrayList<>();
            boolean works = true;
            for (int ti = 0; ti < q.theses().size(); ti++) {
                Thesis t = q.theses().get(ti);
                Double ts = thesisScore(ti, 0, questions.size());
                boolean reaches = Threshold.reached(ts, t.threshold(), q.scoring().rounding());
                Double share = answeredShare(ti);
                boolean assessable = ts != null && share != null && share >= ASSESSABLE_SHARE;
                List<Result.ConditionResult> conditions = new ArrayList<>();
                boolean hold = true;
                for (Condition condition : t.conditions()) {
                    Result.ConditionResult cr = check.check(condition);
                    conditions.add(cr);
                    hold &= cr.holds();
                }
                boolean met = reaches && assessable && hold;
                works &= met;
                theses.add(new Result.ThesisResult(t, ts, met, reaches, assessable, share, conditions));
            }
            List<Result.DutyResult> duties = duties(municipality);
            Set<String> openDuties = new HashSet<>();
            for (Result.DutyResult d : duties) {
                if (!d.met()) {
                    openDuties.add(d.question().id());
                }
            }
            List<Result.QuestionResult> questionResults = new ArrayList<>();
            List<Result.Priority> priorities = new ArrayList<>();
            boolean rescore = perQuestion && rescoreCost() <= rescoreBudget;
            Prerequisites prerequisites = new Prerequisites(q, c, c::target, theses, openDuties);
            for (int i = 0; perQuestion && i < questions.size(); i++) {
                int f = q.fieldIndexOf(i);
                Double impact = null;
                if (!Double.isNaN(counting[i]) && overallScore != null) {
                    impact = impact(f, fieldStart[f], i, overallScore, rescore);
                }
                Question question = questions.get(i);
                Field field = fields.get(f);
                questionResults.add(new Result.QuestionResult(question, field, c.answer(i), c.answers(i),
                        c.answered(i) ? c.score(i) : null, c.excluded(i) ? null : c.target(i), impact,
                        c.spread(i), c.spread(i) >= DISAGREEMENT, c.roleScores(i), c.heard(i)));
                List<String> closes = closes(i, theses);
                boolean duty = fulfilsDuty(i, openDuties);
                if ((!closes.isEmpty() || duty) && impact == null) {
                    // unanswered and not counted: what answering it at its target would add
                    Double with = overall(f, fieldScore(f, fieldStart[f], i, c.target(i)));
                    impact = with == null ? 0 : with - (overallScore == null ? 0 : overallScore);
                }
                if (impact != null && (impact > NO_IMPACT || !closes.isEmpty() || duty)) {
                    double gain = Math.max(0, impact);
                    priorities.add(new Result.Priority(question, field, gain,
                            gain / question.basics().effort().cost(), closes, prerequisites.open(question), duty));
                }
            }
            priorities = Measures.order(priorities, q);
            return new Result(q, municipality, period, people, c.combine.id(),
                    new Result.Overall(overallScore, stage(overallScore), coverage, answeredAll, applicableAll),
                    theses, works, fieldResults, questionResults, priorities, duties, warnings);
        }

        /**
         * Where the roles of the respondents put the scores in doubt: the accountable role not heard (no one
         * answered the facts), or some of several respondents naming no role (they count on the facts too).
         */
        private void roleWarnings(List<Respondent> people, List<Warning> warnings) {
            if (q.roles().isEmpty()) {
                return;
            }
            int withoutRole = 0;
            boolean accountableHeard = false;
            Role accountable = q.accountableRole();
            for (Respondent p : people) {
                withoutRole += p.role() == null ? 1 : 0;
                accountableHeard |= accountable != null && accountable.id().equals(p.role());
            }
            if (accountable != null && !accountableHeard && withoutRole == 0 && !people.isEmpty()) {
                warnings.add(new Warning.AccountableNotHeard(accountable));
            }
            if (withoutRole > 0 && people.size() > 1) {
                warnings.add(new Warning.WithoutRole(withoutRole));
            }
        }

        /** The duties that bind the municipality, of the questions that apply, judged on their answers. */
        private List<Result.DutyResult> duties(Municipality municipality) {
            List<Result.DutyResult> duties = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                Duty duty = questions.get(i).basics().duty();
                if (duty != null && !c.excluded(i) && duty.binds(municipality)) {
                    duties.add(new Result.DutyResult(fields.get(q.fieldIndexOf(i)), check.bound(duty.minimum())));
                }
            }
            return duties;
        }

        /**
         * Whether bringing question i, whose duty is open, to its target fulfils the duty: a target set below the
         * legal minimum fulfils nothing.
         */
        private boolean fulfilsDuty(int i, Set<String> openDuties) {
            Question question = questions.get(i);
            return openDuties.contains(question.id())
                    && check.holdsWith(question.basics().duty().minimum(), i, c.target(i));
        }

        /**
         * The theses not met one of whose failed conditions would hold with question i at its target. An n/a
         * answer is left alone: the respondents said it does not apply, and a report explains the failed condition.
         */
        private List<String> closes(int i, List<Result.ThesisResult> theses) {
            List<String> closes = new ArrayList<>();
            if (c.excluded(i)) {
                return closes;
            }
            for (Result.ThesisResult t : theses) {
                List<Condition> conditions = t.thesis().conditions();
                for (int k = 0; k < conditions.size(); k++) {
                    if (!t.conditions().get(k).holds() && conditions.get(k).questions().contains(questions.get(i).id())
                            && check.holdsWith(conditions.get(k), i, c.target(i))) {
                        closes.add(t.thesis().id());
                        break;
                    }
                }
            }
            return closes;
        }

        /** The stage of a score as it will be shown, so that "40.0" never stands beside a stage ending below 40. */
        private Stage stage(Double score) {
            return score == null ? null : q.stageOf(Rounding.halfUpDouble(score, q.scoring().rounding()));
        }

    }

    /**
     * The respondents grouped by role: the roles in the questionnaire's order (the accountable role first), then
     * undeclared roles in the order they first appear, then those naming none (null); each group's members by
     * their position in the respondents' list.
     */
    private record Groups(List<String> roles, int[][] members) {

        static Groups of(Questionnaire q, List<Responses> respondents) {
            List<String> roles = new ArrayList<>();
            List<List<Integer>> groups = new ArrayList<>();
            for (int k = 0; k < respondents.size(); k++) {
                String role = respondents.get(k).role();
                int g = roles.indexOf(role);
                if (g < 0) {
                    g = roles.size();
                    roles.add(role);
                    groups.add(new ArrayList<>());
                }
                groups.get(g).add(k);
            }
            // an insertion sort: a handful of groups, and no comparator to load on every start-up
            for (int a = 1; a < roles.size(); a++) {
                for (int b = a; b > 0 && q.roleOrder(roles.get(b)) < q.roleOrder(roles.get(b - 1)); b--) {
                    roles.add(b - 1, roles.remove(b));
                    groups.add(b - 1, groups.remove(b));
                }
            }
            int[][] members = new int[groups.size()][];
            for (int g = 0; g < members.length; g++) {
                members[g] = new int[groups.get(g).size()];
                for (int m = 0; m < members[g].length; m++) {
                    members[g][m] = groups.get(g).get(m);
                }
            }
            return new Groups(roles, members);
        }

    }

    /**
     * The respondents' answers combined per question: grouped by role, each group's score the median of its
     * members', and the combined score the median (or mean) of the scores of the groups the question is asked of,
     * so that each group counts once however many of its members answered (docs/methodology.md "Respondents").
     */
    private static final class Combined implements Standing {
        private final double[] score;
        private final double[] target;
        private final double[] spread;
        private final boolean[] answered;
        private final boolean[] notApplicable;
        /** Asked of no group among the respondents: left out like n/a, and reported as not heard. */
        private final boolean[] notHeard;
        /**
         * The groups: role ids in the questionnaire's order of roles, undeclared ones in the order they first appear
         * after them, and the respondents naming none (null) last.
         */
        private final List<String> roles;
        /** The respondents of each group, by position in the respondents' list. */
        private final int[][] members;
        /**
         * Per question and group, at {@code i * groups + g}: the median score (NaN when none answered), answered and
         * n/a counts, and whether the question is asked of the group. Flat, as a cohort scores them by the million.
         */
        private final double[] groupScore;
        private final int[] groupAnswered;
        private final int[] groupNotApplicable;
        private final boolean[] groupCounted;
        private final int groups;
        /** By question, by respondent; null when scored from score vectors. */
        private Answer[][] answers;

        private final Combine combine;

        private Combined(int n, Combine combine, List<String> roles, int[][] members) {
            this.combine = combine;
            this.roles = roles;
            this.members = members;
            score = new double[n];
            target = new double[n];
            spread = new double[n];
            answered = new boolean[n];
            notApplicable = new boolean[n];
            notHeard = new boolean[n];
            groups = roles.size();
            groupScore = new double[n * groups];
            groupAnswered = new int[n * groups];
            groupNotApplicable = new int[n * groups];
            groupCounted = new boolean[n * groups];
        }

        static Combined of(Questionnaire q, Municipality municipality, List<Responses> respondents,
                           Combine combine) {
            Groups groups = Groups.of(q, respondents);
            List<String> roles = groups.roles();
            int[][] members = groups.members();
            List<Question> questions = q.questions();
            Combined c = new Combined(questions.size(), combine, roles, members);
            double[] scores = new double[respondents.size()];
            double[] targets = new double[respondents.size()];
            double[] roleScores = new double[members.length];
            double[] roleTargets = new double[members.length];
            for (int i = 0; i < questions.size(); i++) {
                Question question = questions.get(i);
                int counted = 0;
                int targeted = 0;
                boolean na = false;
                boolean heard = false;
                boolean ownTarget = false;
                double best = AnswerScores.best(question);
                for (int g = 0; g < members.length; g++) {
                    int given = 0;
                    int aimed = 0;
                    int notApplicable = 0;
                    for (int k : members[g]) {
                        Responses r = respondents.get(k);
                        if (r.answered(i)) {
                            scores[given++] = r.score(i);
                            // a member who set no target aims at the best answer, as a lone respondent would
                            boolean own = !Double.isNaN(r.target(i));
                            targets[aimed++] = own ? r.target(i) : best;
                            ownTarget |= own && q.asks(question, roles.get(g));
                        } else if (r.notApplicable(i)) {
                            notApplicable++;
                        }
                    }
                    boolean asked = q.asks(question, roles.get(g));
                    int at = i * members.length + g;
                    c.groupCounted[at] = asked;
                    c.groupAnswered[at] = given;
                    c.groupNotApplicable[at] = notApplicable;
                    // within a group always the median: one enthusiast cannot outvote the rest of the group
                    c.groupScore[at] = given > 0 ? Combine.MEDIAN.apply(scores, given) : Double.NaN;
                    if (asked) {
                        heard = true;
                        na |= notApplicable > 0;
                        if (given > 0) {
                            roleScores[counted++] = c.groupScore[at];
                        }
                        if (aimed > 0) {
                            roleTargets[targeted++] = Combine.MEDIAN.apply(targets, aimed);
                        }
                    }
                }
                // the groups' targets combined like their scores, a group that set none aiming at the best answer:
                // one group's modest target must not pull the target below what the others already reach
                c.target[i] = ownTarget ? combine.apply(roleTargets, targeted) : best;
                if (!question.basics().appliesTo(municipality)) {
                    c.notApplicable[i] = true;
                } else if (counted > 0) {
                    double lo = Double.POSITIVE_INFINITY;
                    double hi = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < counted; k++) {
                        lo = Math.min(lo, roleScores[k]);
                        hi = Math.max(hi, roleScores[k]);
                    }
                    c.answered[i] = true;
                    c.spread[i] = hi - lo;
                    c.score[i] = combine.apply(roleScores, counted);
                } else if (!heard) {
                    c.notHeard[i] = true;
                } else {
                    c.notApplicable[i] = na;
                }
            }
            return c;
        }

        /** Keeps the respondents' answers, so that reports can show them as given. */
        void keepAnswers(Questionnaire q, List<Assessment> respondents) {
            List<Question> questions = q.questions();
            answers = new Answer[questions.size()][respondents.size()];
            for (int i = 0; i < questions.size(); i++) {
                for (int r = 0; r < respondents.size(); r++) {
                    answers[i][r] = respondents.get(r).answers().get(questions.get(i).id());
                }
            }
        }

        List<Answer> answers(int i) {
            return answers == null ? List.of() : java.util.Arrays.asList(answers[i]);
        }

        /** How each group answered question i; empty when scored from score vectors. */
        List<Result.RoleScore> roleScores(int i) {
            List<Result.RoleScore> list = new ArrayList<>();
            for (int g = 0; answers != null && g < groups; g++) {
                int at = i * groups + g;
                double s = groupScore[at];
                list.add(new Result.RoleScore(roles.get(g), members[g].length, groupAnswered[at],
                        groupNotApplicable[at], Double.isNaN(s) ? null : s, groupCounted[at]));
            }
            return list;
        }

        @Override
        public boolean answered(int i) {
            return answered[i];
        }

        /** Answered n/a by the groups asked, or not asked of this type of municipality. */
        @Override
        public boolean notApplicable(int i) {
            return notApplicable[i];
        }

        /** n/a, or not heard: either way out of every score and of the coverage. */
        boolean excluded(int i) {
            return notApplicable[i] || notHeard[i];
        }

        boolean heard(int i) {
            return !notHeard[i];
        }

        boolean missing(int i) {
            return !answered[i] && !excluded(i);
        }

        @Override
        public double score(int i) {
            return score[i];
        }

        double target(int i) {
            return target[i];
        }

        double spread(int i) {
            return spread[i];
        }

        /**
         * The answer the score rests on when exactly one respondent whose answers count gave one; null otherwise
         * or when no answers were kept.
         */
        @Override
        public Answer answer(int i) {
            if (answers == null) {
                return null;
            }
            Answer only = null;
            for (int g = 0; g < groups; g++) {
                if (!groupCounted[i * groups + g]) {
                    continue;
                }
                for (int k : members[g]) {
                    if (answers[i][k] != null) {
                        if (only != null) {
                            return null;
                        }
                        only = answers[i][k];
                    }
                }
            }
            return only;
        }
    }
}
