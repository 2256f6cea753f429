package de.smartregion.report;

import de.smartregion.compare.PeerPosition;
import de.smartregion.compare.Standing;
import de.smartregion.compare.Trend;
import de.smartregion.model.Condition;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.model.Role;
import de.smartregion.model.Rounding;
import de.smartregion.model.Stage;
import de.smartregion.model.Text;
import de.smartregion.model.Thesis;
import de.smartregion.score.Plan;
import de.smartregion.score.Scorer;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the report's first page ({@link ReportView.Glance}): what a council member needs before any table, each
 * sentence from the answers as the rest of the report states them.
 */
final class GlanceViews {

    /** Disputed questions and first measures the first page names; the report's later sections have them all. */
    static final int DISPUTED_SHOWN = 3;
    static final int FIRST_MEASURES = 3;
    /**
     * The fewest peers for percentiles on the first page: among six, "percentile 0" says no more than "6 of 6" and
     * asks a council to learn a statistical term.
     */
    static final int MIN_FOR_PERCENTILES = 10;

    private final Messages messages;
    private final NumberFormats numbers;
    private final String language;

    GlanceViews(Messages messages, NumberFormats numbers) {
        this.messages = messages;
        this.numbers = numbers;
        this.language = messages.language();
    }

    ReportView.Glance build(Result r, Plan plan, Standing standing, ReportView.Participation participation) {
        Questionnaire q = r.questionnaire();
        int decimals = q.scoring().rounding();
        ThesisExplanations why = new ThesisExplanations(messages, numbers, q);
        List<ReportView.GlanceThesis> theses = new ArrayList<>();
        for (Result.ThesisResult t : r.theses()) {
            theses.add(new ReportView.GlanceThesis(text(t.thesis().title(), q), ThesisExplanations.kind(t),
                    why.status(t), t.score() == null ? messages.get("report.none") : numbers.fixed(t.score(), decimals),
                    why.reason(t, decimals)));
        }
        List<String> disputed = disputed(r, why);
        int allDisputed = participation.disputed();
        return new ReportView.Glance(theses, scale(r), stagePlace(r, standing), heard(r, participation),
                participation.missing().isEmpty() ? "" : messages.get("report.glance.not-heard",
                        participation.missing()),
                !participation.several() ? "" : allDisputed == 0 ? messages.get("report.glance.disputed.none",
                        Math.round(100 * Scorer.DISAGREEMENT))
                        : messages.get(allDisputed == 1 ? "report.glance.disputed.one"
                                : allDisputed <= DISPUTED_SHOWN ? "report.glance.disputed.all"
                                : "report.glance.disputed", messages.count(allDisputed, numbers.grouped(allDisputed))),
                disputed, allDisputed > disputed.size()
                        ? messages.get("report.glance.disputed.more", allDisputed - disputed.size()) : "",
                first(r, plan), position(r, standing), duties(r), factsDiffer(r, participation));
    }

    /**
     * How many questions of fact other groups answer far from the group whose answer counts: their answers are shown,
     * not scored, and "the groups agree" must not hide that they see the facts otherwise.
     */
    private String factsDiffer(Result r, ReportView.Participation participation) {
        if (!participation.several()) {
            return "";
        }
        RoleLabels labels = new RoleLabels(messages, r.questionnaire());
        int differ = 0;
        Set<String> counting = new LinkedHashSet<>();
        for (Result.QuestionResult qr : r.questions()) {
            if (qr.score() == null) {
                continue;
            }
            boolean far = false;
            for (Result.RoleScore g : qr.roles()) {
                far |= !g.counted() && g.score() != null && Math.abs(g.score() - qr.score()) >= Scorer.DISAGREEMENT;
            }
            if (far) {
                differ++;
                for (Result.RoleScore g : qr.roles()) {
                    if (g.counted()) {
                        counting.add(labels.label(g.role()));
                    }
                }
            }
        }
        if (differ == 0) {
            return "";
        }
        return messages.get(differ == 1 ? "report.glance.facts-differ.one" : "report.glance.facts-differ",
                messages.count(differ, numbers.grouped(differ)), Math.round(100 * Scorer.DISAGREEMENT),
                ThesisExplanations.joined(new ArrayList<>(counting), messages));
    }

    /**
     * The legal duties the answers do not meet, and those left unanswered, each by its question: a
     * council must see a breach of the law beside the verdict, not only among the measures.
     */
    private String duties(Result r) {
        Questionnaire q = r.questionnaire();
        List<String> unmet = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (Result.DutyResult d : r.dutiesOpen()) {
            Question question = d.minimum().question();
            // by its question alone: the legal basis stands beside its measure and in the duties' section
            String item = messages.get("report.quoted", text(question.basics().text(), q));
            (d.minimum().status() == Result.AnswerStatus.MISSING ? unanswered : unmet).add(item);
        }
        List<String> sentences = new ArrayList<>();
        if (!unmet.isEmpty()) {
            sentences.add(messages.get(unmet.size() == 1 ? "report.glance.duties.unmet.one"
                    : "report.glance.duties.unmet", messages.count(unmet.size(), numbers.grouped(unmet.size())),
                    String.join("; ", unmet)));
        }
        if (!unanswered.isEmpty()) {
            sentences.add(messages.get(unanswered.size() == 1 ? "report.glance.duties.unanswered.one"
                    : "report.glance.duties.unanswered",
                    messages.count(unanswered.size(), numbers.grouped(unanswered.size())),
                    String.join("; ", unanswered)));
        }
        return String.join(" ", sentences);
    }

    /** The stages of the questionnaire, the one the index lies in marked, each with its range of the index. */
    private List<ReportView.StageStep> scale(Result r) {
        Questionnaire q = r.questionnaire();
        List<Stage> stages = q.stages();
        List<ReportView.StageStep> steps = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            String range = ReportViews.stageRange(stages, i, "report.glance.range", messages, numbers);
            boolean current = r.overall().stage() != null && r.overall().stage().id().equals(s.id());
            steps.add(new ReportView.StageStep(text(s.label(), q), range, current));
        }
        return steps;
    }

    /**
     * "Stage 3 of 5; 20.5 points to „Connector“": the distance from the index as shown to the next stage, and the
     * previous period's stage when it is given, so that the change table need not repeat the stage.
     */
    private String stagePlace(Result r, Standing standing) {
        Stage stage = r.overall().stage();
        if (stage == null) {
            return "";
        }
        Questionnaire q = r.questionnaire();
        List<Stage> stages = q.stages();
        int at = stages.indexOf(stage);
        String place = messages.get("report.glance.stage-of", at + 1, stages.size());
        Trend.Point before = standing.previous();
        if (before != null) {
            place = messages.get("report.glance.stage-before", place, before.period(), stage(q, before.stage()));
        }
        if (at + 1 == stages.size()) {
            return messages.get("report.glance.stage-top", place);
        }
        int decimals = q.scoring().rounding();
        Stage next = stages.get(at + 1);
        double shown = Rounding.halfUpDouble(r.overall().score(), decimals);
        return messages.get("report.glance.stage-next", place, numbers.fixed(next.from() - shown, decimals),
                text(next.label(), q));
    }

    /** Who answered, group by group with their numbers; said plainly when only the administration did. */
    private String heard(Result r, ReportView.Participation participation) {
        boolean anyRole = false;
        for (Respondent p : r.respondents()) {
            anyRole |= p.role() != null;
        }
        int count = r.respondents().size();
        if (!anyRole) {
            return messages.get(count == 1 ? "report.glance.heard.no-role.one" : "report.glance.heard.no-role",
                    numbers.grouped(count));
        }
        List<String> groups = new ArrayList<>();
        for (ReportView.RoleCount c : participation.roles()) {
            // a group's one respondent by name ("Rat (Arbeitskreis Digitales)"): "Rat (1)" reads as one councillor
            groups.add(c.name() != null ? messages.get("report.glance.heard.named", c.role(), c.name())
                    : messages.get("report.glance.heard.group", c.role(), numbers.grouped(c.count())));
        }
        Role accountable = r.questionnaire().accountableRole();
        boolean selfAssessment = accountable != null && participation.roles().size() == 1
                && r.respondents().stream().allMatch(p -> accountable.id().equals(p.role()));
        return messages.get(selfAssessment ? "report.glance.heard.self" : "report.glance.heard",
                String.join(", ", groups));
    }

    /** The questions the groups disagree on most, each with every group's score. */
    private List<String> disputed(Result r, ThesisExplanations why) {
        if (r.respondents().size() < 2) {
            return List.of();
        }
        List<Result.QuestionResult> disputed = new ArrayList<>();
        for (Result.QuestionResult qr : r.questions()) {
            if (qr.disputed() && qr.score() != null) {
                disputed.add(qr);
            }
        }
        // widest spread first; the sort is stable, so equal spreads keep questionnaire order
        disputed.sort(Comparator.comparingDouble((Result.QuestionResult qr) -> -qr.spread()));
        List<String> lines = new ArrayList<>();
        for (Result.QuestionResult qr : disputed.subList(0, Math.min(DISPUTED_SHOWN, disputed.size()))) {
            lines.add(messages.get("report.thesis.divided-line", ThesisExplanations.quotable(
                    text(qr.question().basics().text(), r.questionnaire())), why.groups(qr)));
        }
        return lines;
    }

    /**
     * A step page 1 names first: its measure, the roadmap phase it stands in and the thesis whose score it lifts when
     * it was picked for that (null otherwise).
     */
    record FirstStep(Result.Priority priority, int phase, Result.ThesisResult lifts) {
    }

    /**
     * The roadmap's first measures, shown in its order: first those that make a thesis condition hold or fulfil a
     * duty, then, for each thesis that falls short on its score alone (nearest its threshold first), the first
     * measure on one of its own questions, then the next in the roadmap. A measure that only meets conditions an
     * earlier one shown already meets (another alternative of the same "one of") is left to the roadmap, so that
     * the places name different steps.
     */
    static List<FirstStep> firstSteps(Result r, Plan plan) {
        List<Result.Priority> candidates = new ArrayList<>();
        List<Integer> phases = new ArrayList<>();
        Set<String> served = new HashSet<>();
        for (Plan.Phase phase : plan.roadmap()) {
            for (Result.Priority p : phase.measures()) {
                List<String> conditions = conditions(r, p);
                if (!p.duty() && !conditions.isEmpty() && served.containsAll(conditions)) {
                    continue;
                }
                served.addAll(conditions);
                candidates.add(p);
                phases.add(phase.number());
            }
        }
        Map<Integer, Result.ThesisResult> lifts = new LinkedHashMap<>();
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < candidates.size() && picked.size() < FIRST_MEASURES; i++) {
            if (!candidates.get(i).closes().isEmpty() || candidates.get(i).duty()) {
                picked.add(i);
            }
        }
        for (Result.ThesisResult t : shortOnScore(r)) {
            for (int i = 0; i < candidates.size() && picked.size() < FIRST_MEASURES; i++) {
                if (!picked.contains(i)
                        && candidates.get(i).question().basics().affinity(t.thesis().id()) > Scorer.OWN_AFFINITY) {
                    picked.add(i);
                    lifts.put(i, t);
                    break;
                }
            }
        }
        for (int i = 0; i < candidates.size() && picked.size() < FIRST_MEASURES; i++) {
            if (!picked.contains(i)) {
                picked.add(i);
            }
        }
        picked.sort(null);
        List<FirstStep> steps = new ArrayList<>();
        for (int i : picked) {
            steps.add(new FirstStep(candidates.get(i), phases.get(i), lifts.get(i)));
        }
        return steps;
    }

    /**
     * The first steps as page 1 names them: the measure, with its phase and why it comes first; its field is in the
     * roadmap, as page 1 has no line to spare.
     */
    private List<ReportView.FirstMeasure> first(Result r, Plan plan) {
        Questionnaire q = r.questionnaire();
        int decimals = q.scoring().rounding();
        MeasureNames names = new MeasureNames(r, language);
        List<ReportView.FirstMeasure> first = new ArrayList<>();
        for (FirstStep step : firstSteps(r, plan)) {
            Result.Priority p = step.priority();
            List<String> why = new ArrayList<>();
            why.add(messages.get("report.glance.phase", step.phase()));
            List<String> theses = new ArrayList<>();
            for (String id : p.closes()) {
                theses.add(messages.get("report.quoted", thesisTitle(q, id)));
            }
            if (theses.size() == 1) {
                why.add(closes(r, p, theses.get(0), decimals));
            } else if (!theses.isEmpty()) {
                why.add(messages.get("report.glance.closes.many", ThesisExplanations.joined(theses, messages)));
            }
            Result.ThesisResult lifted = step.lifts();
            if (lifted != null) {
                why.add(messages.get("report.glance.lifts", messages.get("report.quoted",
                        text(lifted.thesis().title(), q)), numbers.fixed(gap(lifted, decimals), decimals)));
            }
            if (p.duty()) {
                why.add(messages.get("report.glance.duty", text(p.question().basics().duty().basis(), q)));
            }
            first.add(new ReportView.FirstMeasure(names.of(p),
                    String.join(" · ", why)));
        }
        return first;
    }

    /**
     * What a measure that makes a condition of one thesis hold does to it: meets the thesis, when that was its last
     * failed condition and the score reaches the threshold; else says how far the score still falls short, so that
     * "meets a condition" is not read as "meets the thesis".
     */
    private String closes(Result r, Result.Priority p, String quoted, int decimals) {
        Result.ThesisResult t = null;
        for (Result.ThesisResult candidate : r.theses()) {
            if (candidate.thesis().id().equals(p.closes().get(0))) {
                t = candidate;
            }
        }
        if (t == null || t.score() == null) {
            return messages.get("report.glance.closes", quoted);
        }
        long failed = t.conditions().stream().filter(c -> !c.holds()).count();
        if (t.reachesThreshold()) {
            return messages.get(conditions(r, p).size() >= failed ? "report.glance.closes.last"
                    : "report.glance.closes", quoted);
        }
        return messages.get("report.glance.closes.short", quoted, numbers.fixed(gap(t, decimals), decimals));
    }

    /** The theses not met only because their score, as shown, is below the threshold; the nearest first. */
    private static List<Result.ThesisResult> shortOnScore(Result r) {
        int decimals = r.questionnaire().scoring().rounding();
        List<Result.ThesisResult> theses = new ArrayList<>();
        for (Result.ThesisResult t : r.theses()) {
            if (t.assessable() && !t.reachesThreshold() && t.failedConditions().isEmpty()) {
                theses.add(t);
            }
        }
        theses.sort(Comparator.comparingDouble(t -> gap(t, decimals)));
        return theses;
    }

    /** The points from the thesis score as shown to its threshold, so that score + gap = threshold on the page. */
    private static double gap(Result.ThesisResult t, int decimals) {
        return t.thesis().threshold() - Rounding.halfUpDouble(t.score(), decimals);
    }

    /**
     * The index, stage and theses against the previous period and among the peers, in one table; null when neither
     * is given. The current column shows the report's own scores, or, when the previous period answers another
     * questionnaire version, the scores on the questions both share, as the change is taken between those.
     */
    private ReportView.Position position(Result r, Standing standing) {
        PeerPosition peers = standing.peers();
        Trend.Point before = standing.previous();
        if (before == null && peers == null) {
            return null;
        }
        Questionnaire q = r.questionnaire();
        int decimals = q.scoring().rounding();
        Trend.Point current = standing.current();
        Double nowOverall = current == null ? r.overall().score() : current.overall();
        Map<String, Double> nowTheses = new LinkedHashMap<>();
        Map<String, Boolean> nowMet = new LinkedHashMap<>();
        for (Result.ThesisResult t : r.theses()) {
            nowTheses.put(t.thesis().id(), current == null ? t.score() : current.theses().get(t.thesis().id()));
            nowMet.put(t.thesis().id(), current == null ? t.met() : current.met().get(t.thesis().id()));
        }
        boolean percentiles = peers != null && peers.peers() >= MIN_FOR_PERCENTILES;
        String none = "";
        List<ReportView.PositionRow> rows = new ArrayList<>();
        rows.add(new ReportView.PositionRow(messages.get("report.overall"),
                before == null ? none : score(before.overall(), decimals), score(nowOverall, decimals),
                before == null ? TrendView.Change.NONE
                        : TrendViews.change(numbers, nowOverall, before.overall(), decimals),
                peers == null ? none : rank(peers.overall()), percentile(peers, peers == null ? null : peers.overall(),
                        percentiles), peers == null ? none : score(peers.overall().median(), decimals),
                peers == null ? none : messages.get("report.none")));
        int metBefore = 0;
        int metNow = 0;
        for (int i = 0; i < q.theses().size(); i++) {
            Thesis t = q.theses().get(i);
            Double b = before == null ? null : before.theses().get(t.id());
            Double n = nowTheses.get(t.id());
            metBefore += before != null && Boolean.TRUE.equals(before.met().get(t.id())) ? 1 : 0;
            metNow += Boolean.TRUE.equals(nowMet.get(t.id())) ? 1 : 0;
            PeerPosition.Place place = peers == null ? null : peers.theses().get(i);
            rows.add(new ReportView.PositionRow(text(t.title(), q), before == null ? none : score(b, decimals),
                    score(n, decimals), before == null ? TrendView.Change.NONE
                            : TrendViews.change(numbers, n, b, decimals),
                    place == null ? none : rank(place), percentile(peers, place, percentiles),
                    place == null ? none : score(place.median(), decimals),
                    peers == null ? none : messages.get("report.glance.of", peers.met().get(i), peers.peers())));
        }
        int all = q.theses().size();
        rows.add(new ReportView.PositionRow(messages.get("report.glance.theses-met"),
                before == null ? none : messages.get("report.glance.of", metBefore, all),
                messages.get("report.glance.of", metNow, all), TrendView.Change.NONE, none, none, none, none));
        List<String> notes = new ArrayList<>();
        if (standing.shared() > 0) {
            notes.add(messages.get("report.glance.change.shared", numbers.grouped(standing.shared())));
        }
        if (before != null) {
            // the groups heard now stand just above, under "who was heard"
            String heard = new RoleLabels(messages, q).heardBefore(before, standing.current());
            if (!heard.isEmpty()) {
                notes.add(heard);
            }
        }
        if (peers != null) {
            notes.add(messages.get(percentiles ? "report.glance.peers.note" : "report.glance.peers.note.ranks"));
            if (peers.types().size() > 1) {
                List<String> kinds = new ArrayList<>();
                for (Map.Entry<String, Integer> e : peers.types().entrySet()) {
                    kinds.add(messages.get("report.glance.peers.type", e.getKey() == null
                            ? messages.get("report.glance.peers.type-unknown") : PlaceNames.type(messages, e.getKey()),
                            numbers.grouped(e.getValue())));
                }
                notes.add(messages.get("report.glance.peers.types",
                        messages.count(peers.peers(), numbers.grouped(peers.peers())), String.join(", ", kinds)));
            }
        }
        String count = peers == null ? "" : messages.count(peers.peers(), numbers.grouped(peers.peers()));
        String heading = before != null && peers != null
                ? messages.get("report.glance.change-and-peers", before.period(), count)
                : before != null ? messages.get("report.glance.change", before.period())
                : messages.get("report.glance.peers", count, r.period());
        return new ReportView.Position(heading, before == null ? "" : before.period(), r.period(), before != null,
                peers != null, percentiles, rows, notes);
    }

    private String rank(PeerPosition.Place place) {
        return place.rank() == null ? messages.get("report.none")
                : messages.get("report.glance.of", place.rank(), place.of());
    }

    private String percentile(PeerPosition peers, PeerPosition.Place place, boolean percentiles) {
        return peers == null || !percentiles || place.percentile() == null ? ""
                : numbers.fixed(place.percentile(), 0);
    }

    private String stage(Questionnaire q, String id) {
        return PlaceNames.stage(messages, q, id);
    }

    /** The failed conditions, as "thesis#index", whose questions include the measure's. */
    private static List<String> conditions(Result r, Result.Priority p) {
        List<String> conditions = new ArrayList<>();
        for (Result.ThesisResult t : r.theses()) {
            if (!p.closes().contains(t.thesis().id())) {
                continue;
            }
            List<Condition> written = t.thesis().conditions();
            for (int k = 0; k < written.size(); k++) {
                if (!t.conditions().get(k).holds() && written.get(k).questions().contains(p.question().id())) {
                    conditions.add(t.thesis().id() + "#" + k);
                }
            }
        }
        return conditions;
    }

    private String thesisTitle(Questionnaire q, String id) {
        for (Thesis t : q.theses()) {
            if (t.id().equals(id)) {
                return text(t.title(), q);
            }
        }
        return id;
    }

    private String score(Double score, int decimals) {
        return score == null ? messages.get("report.none") : numbers.fixed(score, decimals);
    }

    private String text(Text t, Questionnaire q) {
        return t == null ? "" : t.in(language, q.defaultLanguage());
    }
}
