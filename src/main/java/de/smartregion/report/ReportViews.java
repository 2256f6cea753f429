package de.smartregion.report;

import de.smartregion.compare.Standing;
import de.smartregion.model.Answer;
import de.smartregion.model.Field;
import de.smartregion.model.Municipality;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.model.Role;
import de.smartregion.model.Rounding;
import de.smartregion.model.Stage;
import de.smartregion.model.Text;
import de.smartregion.model.Thesis;
import de.smartregion.model.Warning;
import de.smartregion.score.Plan;
import de.smartregion.score.Scorer;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds the {@link ReportView} of a result in one language. */
public final class ReportViews {

    /** How many measures the report's priority table shows. */
    public static final int TOP_PRIORITIES = 10;
    /** Measures per roadmap phase: a council reads a plan, not a list of eighty; the JSON holds them all. */
    public static final int ROADMAP_PER_PHASE = 8;

    private final Messages messages;
    private final NumberFormats numbers;
    private final String language;
    private final String dash;

    public ReportViews(Messages messages) {
        this.messages = messages;
        this.numbers = new NumberFormats(messages.language());
        this.language = messages.language();
        this.dash = messages.get("report.none");
    }

    public ReportView build(Result r, Plan plan, String date) {
        return build(r, plan, date, Standing.NONE);
    }

    /** @param standing the previous period and the peers to place the result against, where given */
    public ReportView build(Result r, Plan plan, String date, Standing standing) {
        Questionnaire q = r.questionnaire();
        int decimals = q.scoring().rounding();
        Result.Overall o = r.overall();
        // the stage follows the index alone; its general description stays in the appendix, as it may say what
        // this municipality's answers contradict ("a digital strategy ... is in place")
        ReportView.Headline headline = new ReportView.Headline(score(o.score(), decimals),
                stageLabel(o.stage(), q), o.stage() == null ? "" : messages.get("report.stage-note"),
                o.coverage() == null ? dash : percent(o.coverage()), o.answered(), o.applicable(), gauge(o.score()),
                new CoverageMarks(messages, numbers).of(o.coverage()));
        ReportView.Participation participation = participation(r);
        return new ReportView(language, messages.texts("report."), date,
                messages.get("report.title", r.municipality().name(), r.period()),
                place(r.municipality()), r.period(), q.titleWithVersion(language), headline,
                r.strategyWorks(),
                verdict(r), new GlanceViews(messages, numbers).build(r, plan, standing, participation),
                theses(r, plan, decimals), duties(r), radar(r), heatmap(r, decimals), fields(r, decimals),
                priorities(r, plan),
                messages.get(o.answered() == 0 ? "report.nothing-answered" : "report.no-priorities"),
                roadmap(r, plan), warnings(r), respondents(r), participation, methodology(q),
                new CohortViews(messages, numbers).build(r, standing.placement()));
    }

    private List<ReportView.ThesisRow> theses(Result r, Plan plan, int decimals) {
        Questionnaire q = r.questionnaire();
        ThesisExplanations why = new ThesisExplanations(messages, numbers, q);
        List<ReportView.ThesisRow> rows = new ArrayList<>();
        for (Result.ThesisResult t : r.theses()) {
            rows.add(new ReportView.ThesisRow(text(t.thesis().title(), q), text(t.thesis().description(), q),
                    score(t.score(), decimals), numbers.fixed(t.thesis().threshold(), decimals), t.met(), t.assessable(),
                    ThesisExplanations.kind(t), why.status(t), why.lead(t, decimals), why.failed(t),
                    why.weakest(plan, t), why.divided(r, t), gauge(t.score()), Charts.num(t.thesis().threshold())));
        }
        return rows;
    }

    private Charts.Radar radar(Result r) {
        Questionnaire q = r.questionnaire();
        List<Charts.Axis> axes = new ArrayList<>();
        for (Result.FieldResult f : r.fields()) {
            axes.add(new Charts.Axis(text(f.field().title(), q), f.score(),
                    score(f.score(), q.scoring().rounding())));
        }
        return Charts.radar(axes);
    }

    private ReportView.HeatMap heatmap(Result r, int decimals) {
        Questionnaire q = r.questionnaire();
        List<String> columns = new ArrayList<>();
        for (Thesis t : q.theses()) {
            columns.add(text(t.title(), q));
        }
        // a field none of whose questions on a thesis is answered says so in words: a thesis that counts unanswered
        // questions as 0 would show a red 0 that reads as answers scored low, and "–" means no question bears on it
        // keyed by field and thesis id, joined by a character that no YAML key of one line holds
        Set<String> bearing = new HashSet<>();
        Set<String> answeredFor = new HashSet<>();
        for (Result.QuestionResult qr : r.questions()) {
            for (Thesis t : q.theses()) {
                if (qr.question().basics().affinity(t.id()) > 0
                        && qr.question().basics().appliesTo(r.municipality())) {
                    bearing.add(qr.field().id() + "\n" + t.id());
                    if (!state(qr).equals("missing")) {
                        answeredFor.add(qr.field().id() + "\n" + t.id());
                    }
                }
            }
        }
        Charts.Shade blank = Charts.shade(null);
        List<ReportView.HeatRow> rows = new ArrayList<>();
        for (Result.FieldResult f : r.fields()) {
            List<ReportView.HeatCell> cells = new ArrayList<>();
            for (Thesis t : q.theses()) {
                Double s = f.theses().get(t.id());
                String cell = f.field().id() + "\n" + t.id();
                if (bearing.contains(cell) && !answeredFor.contains(cell)) {
                    cells.add(new ReportView.HeatCell(messages.get("report.heatmap.unanswered"), blank.fill(),
                            blank.ink()));
                    continue;
                }
                Charts.Shade shade = Charts.shade(s);
                cells.add(new ReportView.HeatCell(score(s, decimals), shade.fill(), shade.ink()));
            }
            rows.add(new ReportView.HeatRow(text(f.field().title(), q), cells));
        }
        return new ReportView.HeatMap(columns, rows);
    }

    private List<ReportView.FieldSection> fields(Result r, int decimals) {
        Questionnaire q = r.questionnaire();
        AnswerTexts answers = new AnswerTexts(messages, numbers, q);
        RoleLabels roles = new RoleLabels(messages, q);
        // keyed by id: a Field record's hashCode would walk all its questions on every lookup
        Map<String, List<ReportView.QuestionRow>> questions = new HashMap<>();
        boolean several = r.respondents().size() > 1;
        GroupAnswers groups = null;
        for (Result.QuestionResult qr : r.questions()) {
            Question question = qr.question();
            boolean asked = question.basics().appliesTo(r.municipality());
            if (asked && !qr.heard() && !answered(qr)) {
                continue; // asked of groups not heard: counted in the participation block, not listed one by one
            }
            // answers of groups a question is not asked of are shown apart, a single respondent's too
            boolean byGroup = asked && (several || !qr.heard());
            if (byGroup && groups == null) {
                groups = new GroupAnswers(messages, numbers, answers, roles, q);
            }
            String state = !asked ? "na" : state(qr);
            String score = qr.score() == null ? "" : numbers.fixed(100 * qr.score(), 0);
            String target = qr.target() == null ? "" : numbers.fixed(100 * qr.target(), 0);
            // the gap of the numbers as shown, so that score + gap = target on the page
            String gap = qr.score() == null || qr.target() == null ? "" : numbers.fixed(Math.max(0,
                    Rounding.halfUpDouble(100 * qr.target(), 0) - Rounding.halfUpDouble(100 * qr.score(), 0)), 0);
            GroupAnswers.Lines lines = byGroup ? groups.lines(r, qr) : null;
            String answer = !asked ? messages.get("report.answer.not-asked",
                    PlaceNames.type(messages, r.municipality().type()))
                    : byGroup ? lines.counted() : answers.text(question, qr.answer());
            // a spread needs two groups whose answers count: one group alone disagrees with no one
            String spread = several && qr.score() != null && scoredGroups(qr) >= 2
                    ? numbers.fixed(100 * qr.spread(), 0) : "";
            Remarks remarks = remarks(r, qr, several, roles);
            questions.computeIfAbsent(qr.field().id(), k -> new ArrayList<>()).add(new ReportView.QuestionRow(
                    question.id(), text(question.basics().text(), q), answer, score, target, gap,
                    numbers.plain(question.basics().weight()), state, qr.score() != null,
                    !gap.isEmpty() && !gap.equals("0"), joined(remarks.notes()), spread,
                    several && qr.disputed(), remarks.evidence(), Evidence.missing(r, qr), remarks.more(),
                    notCounted(lines, remarks), remarks.notes(), lines == null ? "" : lines.notCounted(),
                    remarks.otherNotes()));
        }
        List<ReportView.FieldSection> sections = new ArrayList<>();
        for (Result.FieldResult f : r.fields()) {
            Field field = f.field();
            sections.add(new ReportView.FieldSection(field.id(), text(field.title(), q),
                    field.description() == null ? "" : text(field.description(), q), score(f.score(), decimals),
                    stageLabel(f.stage(), q), f.coverage() == null ? dash : percent(f.coverage()), f.answered(),
                    f.applicable(), numbers.plain(field.weight()), messages.get("report.aggregate." + field.aggregate().id()),
                    gauge(f.score()), questions.getOrDefault(field.id(), List.of())));
        }
        return sections;
    }

    private List<ReportView.PriorityRow> priorities(Result r, Plan plan) {
        Questionnaire q = r.questionnaire();
        Map<String, Integer> phases = new HashMap<>();
        for (Plan.Phase phase : plan.roadmap()) {
            for (Result.Priority p : phase.measures()) {
                phases.put(p.question().id(), phase.number());
            }
        }
        MeasureNames names = new MeasureNames(r, language);
        List<ReportView.PriorityRow> rows = new ArrayList<>();
        for (Result.Priority p : shown(r.priorities(), TOP_PRIORITIES)) {
            String closes = p.closes().isEmpty() ? (p.duty() ? "" : dash) : String.join(", ", closes(p, q, false));
            rows.add(new ReportView.PriorityRow(rows.size() + 1, names.of(p),
                    text(p.question().basics().text(), q), text(p.field().title(), q), numbers.fixed(p.impact(), 2),
                    effort(p), numbers.fixed(p.priority(), 2), closes, duty(p, q),
                    phases.getOrDefault(p.question().id(), 0)));
        }
        return rows;
    }

    /**
     * The measures a report shows of a list: every one that closes a thesis condition or fulfils a legal duty, as
     * the report promises them first, and the others up to {@code limit} in all, in the list's order.
     */
    private static List<Result.Priority> shown(List<Result.Priority> measures, int limit) {
        List<Result.Priority> shown = new ArrayList<>();
        for (Result.Priority p : measures) {
            if (!p.closes().isEmpty() || p.duty() || shown.size() < limit) {
                shown.add(p);
            }
        }
        return shown;
    }

    private List<ReportView.Phase> roadmap(Result r, Plan plan) {
        Questionnaire q = r.questionnaire();
        MeasureNames names = new MeasureNames(r, language);
        Map<String, String> titles = new HashMap<>();
        for (Result.Priority p : r.priorities()) {
            titles.put(p.question().id(), names.of(p));
        }
        Map<String, Result.QuestionResult> byId = new HashMap<>();
        for (Result.QuestionResult qr : r.questions()) {
            byId.put(qr.question().id(), qr);
        }
        boolean several = r.respondents().size() > 1;
        RoleLabels roles = new RoleLabels(messages, q);
        // page 1's first steps stand in the roadmap too, where a reader looks for them, not only in the appendix
        Set<Result.Priority> first = Collections.newSetFromMap(new IdentityHashMap<>());
        for (GlanceViews.FirstStep step : GlanceViews.firstSteps(r, plan)) {
            first.add(step.priority());
        }
        List<ReportView.Phase> phases = new ArrayList<>();
        for (Plan.Phase phase : plan.roadmap()) {
            // by identity: a Priority record's equals would walk its whole question
            Set<Result.Priority> shown = Collections.newSetFromMap(new IdentityHashMap<>());
            shown.addAll(shown(phase.measures(), ROADMAP_PER_PHASE));
            for (Result.Priority p : phase.measures()) {
                if (first.contains(p)) {
                    shown.add(p);
                }
            }
            List<ReportView.Measure> measures = new ArrayList<>();
            List<ReportView.Measure> rest = new ArrayList<>();
            for (Result.Priority p : phase.measures()) {
                List<ReportView.Measure> into = shown.contains(p) ? measures : rest;
                List<String> after = new ArrayList<>();
                // only what is not yet in place: a measure does not wait for a prerequisite already fulfilled
                for (String required : p.prerequisites()) {
                    if (titles.containsKey(required)) {
                        after.add(titles.get(required));
                    }
                }
                List<String> closes = closes(p, q, true);
                into.add(new ReportView.Measure(titles.get(p.question().id()),
                        text(p.question().basics().text(), q), text(p.field().title(), q),
                        numbers.fixed(p.impact(), 2), effort(p),
                        after.isEmpty() ? "" : messages.get("report.after", String.join("; ", after)),
                        closes.isEmpty() ? "" : messages.get(closes.size() == 1 ? "report.closes.one"
                                : "report.closes.many", ThesisExplanations.joined(closes, messages)), duty(p, q),
                        messages.get(statement(p.question(), q) ? "report.measure.statement" : "report.measure.question"),
                        into == measures && byId.containsKey(p.question().id())
                                ? remarks(r, byId.get(p.question().id()), several, roles).notes() : List.of()));
            }
            phases.add(new ReportView.Phase(phase.number(), messages.get("report.phase." + phase.number()),
                    messages.get("report.phase." + phase.number() + ".description"), measures,
                    rest.isEmpty() ? "" : messages.get(rest.size() == 1 ? "report.more-measures.one"
                            : "report.more-measures", rest.size()), rest));
        }
        return phases;
    }

    /** The duties block: how many the answers fulfil, and each one they do not, in words and with its basis. */
    private ReportView.Duties duties(Result r) {
        Questionnaire q = r.questionnaire();
        ThesisExplanations words = new ThesisExplanations(messages, numbers, q);
        Map<String, Result.QuestionResult> byId = new HashMap<>();
        for (Result.QuestionResult qr : r.questions()) {
            byId.put(qr.question().id(), qr);
        }
        Set<String> measured = new HashSet<>();
        for (Result.Priority p : r.priorities()) {
            if (p.duty()) {
                measured.add(p.question().id());
            }
        }
        boolean several = r.respondents().size() > 1;
        List<ReportView.DutyLine> lines = new ArrayList<>();
        for (Result.DutyResult d : r.duties()) {
            Result.QuestionResult qr = byId.get(d.question().id());
            // a duty the respondents disagree on is listed even when met: a median is no proof the law is kept
            boolean disputed = several && qr != null && qr.disputed();
            if (d.met() && !disputed) {
                continue;
            }
            StringBuilder text = new StringBuilder(words.bound(d.minimum(), false));
            if (disputed) {
                text.append(' ').append(messages.get("report.duty.disputed", numbers.fixed(100 * qr.spread(), 0)));
            }
            if (!d.met() && d.minimum().status() == Result.AnswerStatus.ANSWERED
                    && !measured.contains(d.question().id())) {
                text.append(' ').append(messages.get("report.duty.target-below"));
            }
            lines.add(new ReportView.DutyLine(text.toString(), text(d.field().title(), q), text(d.duty().basis(), q)));
        }
        int all = r.duties().size();
        int unanswered = 0;
        for (Result.DutyResult d : r.dutiesOpen()) {
            if (d.minimum().status() == Result.AnswerStatus.MISSING) {
                unanswered++;
            }
        }
        // not met and not answered are different findings: a council asks which of the two it is
        int unmet = r.dutiesOpen().size() - unanswered;
        List<String> sentences = new ArrayList<>();
        String of = messages.count(all, numbers.grouped(all));
        if (unmet > 0) {
            sentences.add(messages.get(unmet == 1 ? "report.duties.unmet.one" : "report.duties.unmet", of,
                    messages.count(unmet, numbers.grouped(unmet))));
        }
        if (unanswered > 0) {
            sentences.add(messages.get(unanswered == 1 ? "report.duties.unanswered.one" : "report.duties.unanswered",
                    of, messages.count(unanswered, numbers.grouped(unanswered))));
        }
        if (all == 0) {
            // a region is asked about no duty: say so, as the roadmap's first phase names the duties
            boolean asked = q.questions().stream().anyMatch(question -> question.basics().duty() != null);
            String type = r.municipality().type();
            return asked && type != null
                    ? new ReportView.Duties(true, messages.get("report.duties.not-for-type",
                            PlaceNames.type(messages, type)) + ("Region".equals(type)
                            ? " " + messages.get("report.duties.members") : ""), List.of())
                    : new ReportView.Duties(false, "", List.of());
        }
        String summary = sentences.isEmpty() ? messages.get(all == 1 ? "report.duties.met.one" : "report.duties.met.all", all)
                : String.join(" ", sentences);
        return new ReportView.Duties(all > 0, summary, lines);
    }

    /** Whether a question is a statement a stakeholder group rates ("I know …"), not a question of fact. */
    private static boolean statement(Question question, Questionnaire q) {
        Role accountable = q.accountableRole();
        return accountable != null && !question.basics().askedOf(accountable.id());
    }

    /** "Legal duty: § 6 EnEfG" for a measure that fulfils one, else empty. */
    private String duty(Result.Priority p, Questionnaire q) {
        return p.duty() ? messages.get("report.duty", text(p.question().basics().duty().basis(), q)) : "";
    }

    /**
     * A measure is named by what is left to do: the question's recommendation for its result's {@code score}
     * (combined over respondents; null when unanswered or n/a), its text only where it has none.
     */
    static String measure(Question question, Double score, Questionnaire q, String language) {
        Text t = question.basics().recommendationFor(score);
        return (t == null ? question.basics().text() : t).in(language, q.defaultLanguage());
    }

    /**
     * The titles of the theses the measure helps close, in questionnaire order; quoted in a sentence, bare in a
     * column whose heading names them (a closing quote wrapped alone there).
     */
    private List<String> closes(Result.Priority p, Questionnaire q, boolean quoted) {
        List<String> titles = new ArrayList<>();
        for (String id : p.closes()) {
            for (Thesis t : q.theses()) {
                if (t.id().equals(id)) {
                    titles.add(quoted ? messages.get("report.quoted", text(t.title(), q)) : text(t.title(), q));
                }
            }
        }
        return titles;
    }

    private List<String> warnings(Result r) {
        List<String> texts = new ArrayList<>();
        for (Warning w : r.warnings()) {
            texts.add(WarningTexts.text(w, messages, r.questionnaire()));
        }
        return texts;
    }

    /** answered, na or missing, for all respondents together: answered as soon as one of them answered. */
    private static String state(Result.QuestionResult qr) {
        if (qr.score() != null) {
            return "answered";
        }
        boolean na = qr.answer() instanceof Answer.NotApplicable;
        for (Answer a : qr.answers()) {
            na |= a instanceof Answer.NotApplicable;
        }
        return na ? "na" : "missing";
    }

    /** The answers and notes of groups a question is not asked of, as one text (for templates that want one). */
    private String notCounted(GroupAnswers.Lines lines, Remarks remarks) {
        String answers = lines == null ? "" : lines.notCounted();
        String notes = joined(remarks.otherNotes());
        return notes.isEmpty() ? answers : answers.isEmpty() ? notes : answers + " · " + notes;
    }

    /** Notes as one text, each after its respondent where several answered. */
    private String joined(List<ReportView.Remark> notes) {
        List<String> texts = new ArrayList<>();
        for (ReportView.Remark n : notes) {
            texts.add(n.who().isEmpty() ? n.text() : messages.get("report.group.one", n.who(), n.text()));
        }
        return String.join(" · ", texts);
    }

    private static boolean answered(Result.QuestionResult qr) {
        for (Answer a : qr.answers()) {
            if (a != null) {
                return true;
            }
        }
        return false;
    }

    private static int scoredGroups(Result.QuestionResult qr) {
        int n = 0;
        for (Result.RoleScore g : qr.roles()) {
            if (g.counted() && g.score() != null) {
                n++;
            }
        }
        return n;
    }

    /** A note or piece of evidence is shown up to this many characters; the JSON result holds it whole. */
    static final int REMARK_LENGTH = 600;

    /** A remark cut at a word before {@link #REMARK_LENGTH} characters, with an ellipsis, when it is longer. */
    private String shortened(String text) {
        if (text.length() <= REMARK_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', REMARK_LENGTH);
        return text.substring(0, cut > REMARK_LENGTH / 2 ? cut : REMARK_LENGTH) + " " + messages.get("report.cut");
    }

    /** A report shows this many notes and as many pieces of evidence per question; the rest it counts. */
    static final int REMARKS_SHOWN = 3;

    /** The notes of a question's answers, its evidence, and how many of either are not shown. */
    private record Remarks(List<ReportView.Remark> notes, List<ReportView.Remark> otherNotes,
                           List<ReportView.EvidenceItem> evidence, String more) {
    }

    private Remarks remarks(Result r, Result.QuestionResult qr, boolean several, RoleLabels roles) {
        List<ReportView.Remark> notes = new ArrayList<>();
        List<ReportView.Remark> otherNotes = new ArrayList<>();
        List<ReportView.EvidenceItem> evidence = new ArrayList<>();
        int hidden = 0;
        for (int k = 0; k < qr.answers().size(); k++) {
            Answer a = qr.answers().get(k);
            if (a == null) {
                continue;
            }
            Respondent respondent = r.respondents().get(k);
            String who = several ? who(respondent, roles) : "";
            String lang = otherLanguage(respondent, r.questionnaire());
            // a note of a group the question is not asked of stands with that group's answer, not the counted ones
            List<ReportView.Remark> into = r.questionnaire().asks(qr.question(), respondent.role()) ? notes
                    : otherNotes;
            if (a.note() != null && !a.note().isBlank()) {
                if (notes.size() + otherNotes.size() < REMARKS_SHOWN) {
                    into.add(new ReportView.Remark(who, shortened(a.note()), lang));
                } else {
                    hidden++;
                }
            }
            if (a instanceof Answer.Given g && g.evidence() != null && !g.evidence().isBlank()) {
                if (evidence.size() < REMARKS_SHOWN) {
                    String href = Evidence.href(g.evidence());
                    evidence.add(new ReportView.EvidenceItem(who, href.isEmpty() ? shortened(g.evidence().strip())
                            : g.evidence().strip(), href, lang));
                } else {
                    hidden++;
                }
            }
        }
        return new Remarks(notes, otherNotes, evidence,
                hidden == 0 ? "" : messages.get("report.remarks.more", numbers.grouped(hidden)));
    }

    /**
     * The language of a respondent's own words when it is not the report's (by primary language: de-CH words stand
     * in a German report as they are); empty when it is.
     */
    private String otherLanguage(Respondent respondent, Questionnaire q) {
        String spoken = respondent.languageOr(q.defaultLanguage());
        String primary = Locale.forLanguageTag(spoken).getLanguage();
        return primary.equals(Locale.forLanguageTag(language).getLanguage()) ? "" : spoken;
    }

    /** A respondent as the report names them: the role's label, with the name where one is given. */
    private String who(Respondent p, RoleLabels roles) {
        String role = roles.label(p.role());
        return p.name() == null ? role : messages.get("report.role-and-name", role, p.name());
    }

    private ReportView.Participation participation(Result r) {
        RoleLabels labels = new RoleLabels(messages, r.questionnaire());
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Set<String> heard = new HashSet<>();
        for (Respondent p : inRoleOrder(r)) {
            counts.merge(labels.label(p.role()), 1, Integer::sum);
            names.putIfAbsent(labels.label(p.role()), p.name());
            if (p.role() != null) {
                heard.add(p.role());
            }
        }
        List<ReportView.RoleCount> roles = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            roles.add(new ReportView.RoleCount(e.getKey(), e.getValue(),
                    e.getValue() == 1 ? names.get(e.getKey()) : null));
        }
        List<String> missing = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Role role : r.questionnaire().roles()) {
            all.add(labels.label(role.id()));
            if (!heard.contains(role.id())) {
                missing.add(labels.label(role.id()));
            }
        }
        int disputed = 0;
        for (Result.QuestionResult qr : r.questions()) {
            if (qr.score() != null && qr.disputed()) {
                disputed++;
            }
        }
        String allHeard = all.isEmpty() || !missing.isEmpty() ? "" : messages.get("report.all-heard.roles",
                String.join(", ", all));
        // the questions not asked because none of their groups answered, and how many each group was asked
        int notHeard = 0;
        Map<String, Integer> byRole = new LinkedHashMap<>();
        for (Role role : r.questionnaire().roles()) {
            byRole.put(role.id(), 0);
        }
        for (Result.QuestionResult qr : r.questions()) {
            if (!qr.heard() && qr.question().basics().appliesTo(r.municipality())) {
                notHeard++;
                for (String role : qr.question().basics().asked()) {
                    byRole.put(role, byRole.getOrDefault(role, 0) + 1);
                }
            }
        }
        List<String> groups = new ArrayList<>();
        for (Map.Entry<String, Integer> e : byRole.entrySet()) {
            if (e.getValue() > 0) {
                groups.add(messages.get("report.not-heard.group", labels.label(e.getKey()), e.getValue()));
            }
        }
        String notAsked = notHeard == 0 ? "" : messages.get(notHeard == 1 ? "report.not-heard.questions.one"
                : "report.not-heard.questions", notHeard, String.join(", ", groups));
        Role accountable = r.questionnaire().accountableRole();
        if (notHeard > 0 && (accountable == null || byRole.getOrDefault(accountable.id(), 0) == 0)) {
            // the stakeholder groups have short perception sets; the administration answers the whole questionnaire
            notAsked += " " + messages.get("report.not-heard.own-questionnaire");
        }
        return new ReportView.Participation(r.respondents().size() > 1, r.respondents().size(), roles,
                String.join(", ", missing), disputed,
                messages.get("report.spread-note." + r.combination(), Math.round(100 * Scorer.DISAGREEMENT)),
                allHeard, notAsked);
    }

    /**
     * The respondents who give a name, for groups small enough to list; a larger group (a survey's citizens) is
     * counted in the participation table instead of listed name by name.
     */
    private List<ReportView.Person> respondents(Result r) {
        RoleLabels labels = new RoleLabels(messages, r.questionnaire());
        Map<String, Integer> sizes = new HashMap<>();
        for (Respondent p : r.respondents()) {
            String group = p.role() == null ? "" : p.role();
            sizes.put(group, sizes.getOrDefault(group, 0) + 1);
        }
        List<ReportView.Person> people = new ArrayList<>();
        for (Respondent p : inRoleOrder(r)) {
            boolean listed = sizes.get(p.role() == null ? "" : p.role()) <= NAMES_PER_GROUP;
            if (listed && (p.role() != null || p.name() != null)) {
                people.add(new ReportView.Person(labels.label(p.role()), p.name() == null ? "" : p.name()));
            }
        }
        return people;
    }

    /**
     * The respondents in the order the report lists groups everywhere: the questionnaire's roles in its order,
     * undeclared roles after them, those naming none last; within a group in file order.
     */
    private static List<Respondent> inRoleOrder(Result r) {
        List<Respondent> ordered = new ArrayList<>();
        for (Role role : r.questionnaire().roles()) {
            for (Respondent p : r.respondents()) {
                if (role.id().equals(p.role())) {
                    ordered.add(p);
                }
            }
        }
        for (Respondent p : r.respondents()) {
            if (p.role() != null && r.questionnaire().role(p.role()) == null) {
                ordered.add(p);
            }
        }
        for (Respondent p : r.respondents()) {
            if (p.role() == null) {
                ordered.add(p);
            }
        }
        return ordered;
    }

    /** Groups up to this size are listed by name. */
    static final int NAMES_PER_GROUP = 5;

    private ReportView.Methodology methodology(Questionnaire q) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(messages.get("report.method.questions"));
        paragraphs.add(messages.get("report.method.fields"));
        paragraphs.add(messages.get("report.method.overall." + q.scoring().overall().id()));
        paragraphs.add(messages.get("report.method.theses"));
        paragraphs.add(messages.get("report.method.missing." + q.scoring().missing().id()));
        paragraphs.add(messages.get("report.method.impact"));
        paragraphs.add(messages.get("report.method.roadmap"));
        int decimals = q.scoring().rounding();
        paragraphs.add(messages.get(decimals == 0 ? "report.method.rounding.none" : decimals == 1
                ? "report.method.rounding.one" : "report.method.rounding", decimals));
        List<ReportView.MethodField> fields = new ArrayList<>();
        for (Field f : q.fields()) {
            Map<String, Integer> weights = new TreeMap<>();
            for (Question question : f.questions()) {
                weights.merge(numbers.plain(question.basics().weight()), 1, Integer::sum);
            }
            List<String> parts = new ArrayList<>();
            weights.forEach((w, n) -> parts.add(messages.get("report.method.weight-count", n, w)));
            fields.add(new ReportView.MethodField(text(f.title(), q), numbers.plain(f.weight()),
                    messages.get("report.aggregate." + f.aggregate().id()), f.questions().size(),
                    String.join(", ", parts)));
        }
        List<ReportView.MethodThesis> theses = new ArrayList<>();
        for (Thesis t : q.theses()) {
            int n = 0;
            for (Question question : q.questions()) {
                if (question.basics().affinity(t.id()) > 0) {
                    n++;
                }
            }
            theses.add(new ReportView.MethodThesis(text(t.title(), q), numbers.plain(t.threshold()), n));
        }
        List<ReportView.MethodStage> stages = new ArrayList<>();
        List<Stage> all = q.stages();
        for (int i = 0; i < all.size(); i++) {
            Stage s = all.get(i);
            String range = stageRange(all, i, "report.method.range", messages, numbers);
            stages.add(new ReportView.MethodStage(range, text(s.label(), q),
                    s.description() == null ? "" : text(s.description(), q)));
        }
        return new ReportView.Methodology(paragraphs, fields, theses, stages);
    }

    /**
     * Stage {@code i}'s range of the index in words, up to where the next begins, or open for the last;
     * {@code key} names the pattern, its {@code -open} form the last stage's.
     */
    static String stageRange(List<Stage> stages, int i, String key, Messages messages, NumberFormats numbers) {
        String from = numbers.plain(stages.get(i).from());
        return i + 1 < stages.size() ? messages.get(key, from, numbers.plain(stages.get(i + 1).from()))
                : messages.get(key + "-open", from);
    }

    private String effort(Result.Priority p) {
        return messages.get("report.effort." + p.effort().id());
    }

    /**
     * The verdict on the theses, in the singular where one thesis is met. A condition every thesis shares that
     * fails (no adopted strategy) comes first and plainly: it alone decides every thesis.
     */
    private String verdict(Result r) {
        int met = countMet(r);
        if (r.strategyWorks()) {
            return messages.get("report.verdict.works", count(met));
        }
        int notAssessable = 0;
        for (Result.ThesisResult t : r.theses()) {
            if (!t.assessable()) {
                notAssessable++;
            }
        }
        List<String> parts = new ArrayList<>();
        Result.BoundResult shared = ThesisExplanations.sharedFailure(r);
        if (shared != null) {
            String why = new ThesisExplanations(messages, numbers, r.questionnaire()).bound(shared, true);
            if (shared.status() == Result.AnswerStatus.ANSWERED) {
                return messages.get("report.verdict.shared", why, count(r.theses().size()));
            }
            parts.add(messages.get("report.verdict.shared-open", why));
        }
        parts.add(messages.get(met == 0 ? "report.verdict.fails.none" : met == 1 ? "report.verdict.fails.one"
                : "report.verdict.fails", opening(count(met)), count(r.theses().size())));
        if (notAssessable > 0) {
            parts.add(messages.get(notAssessable == 1 ? "report.verdict.not-assessable.one"
                    : "report.verdict.not-assessable", opening(count(notAssessable))));
        }
        return String.join(" ", parts);
    }

    private String count(long n) {
        return messages.count(n, numbers.grouped(n));
    }

    /** A count that opens a sentence: "Zwei von drei Thesen …". */
    private static String opening(String count) {
        return count.isEmpty() ? count : Character.toUpperCase(count.charAt(0)) + count.substring(1);
    }

    private ReportView.Place place(Municipality m) {
        List<String> parts = new ArrayList<>();
        if (m.type() != null) {
            parts.add(PlaceNames.type(messages, m.type()));
        }
        if (m.state() != null) {
            parts.add(PlaceNames.state(messages, m.state()));
        }
        if (m.population() != null) {
            parts.add(messages.get("report.population", numbers.grouped(m.population())));
        }
        String key = m.id().matches("\\d{8}") ? "report.id.ags" : m.id().matches("\\d{12}") ? "report.id.ars"
                : "report.id.other";
        return new ReportView.Place(m.id(), m.name(), String.join(" · ", parts), messages.get(key, m.id()));
    }

    private static int countMet(Result r) {
        int n = 0;
        for (Result.ThesisResult t : r.theses()) {
            if (t.met()) {
                n++;
            }
        }
        return n;
    }

    private String stageLabel(Stage stage, Questionnaire q) {
        return stage == null ? dash : text(stage.label(), q);
    }

    private String score(Double score, int decimals) {
        return score == null ? dash : numbers.fixed(score, decimals);
    }

    /** A score as a bar width in percent, locale-free for CSS; 0 when there is no score. */
    private static String gauge(Double score) {
        return Charts.num(score == null ? 0 : Math.max(0, Math.min(100, score)));
    }


    private String percent(double share) {
        return numbers.percent(share, messages.get("format.percent"));
    }

    private String text(Text t, Questionnaire q) {
        return t == null ? "" : t.in(language, q.defaultLanguage());
    }
}
