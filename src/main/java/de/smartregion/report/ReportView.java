package de.smartregion.report;

import java.util.List;
import java.util.Map;

/**
 * Everything a report template shows, already computed, translated and formatted: templates only lay it out.
 * Markdown, HTML and PDF reports are made from the same view, so they say the same.
 *
 * @param text the fixed texts of the report's language, by key without the {@code report.} prefix
 * @param date the report date, or null for a reproducible report without one
 */
public record ReportView(
        String language,
        Map<String, String> text,
        String date,
        String title,
        Place municipality,
        String period,
        String questionnaire,
        Headline overall,
        boolean strategyWorks,
        String verdict,
        Glance glance,
        List<ThesisRow> theses,
        Duties duties,
        Charts.Radar radar,
        HeatMap heatmap,
        List<FieldSection> fields,
        List<PriorityRow> priorities,
        String noPriorities,
        List<Phase> roadmap,
        List<String> warnings,
        List<Person> respondents,
        Participation participation,
        Methodology methodology,
        CohortSection cohort) {

    public ReportView {
        text = Map.copyOf(text);
        theses = List.copyOf(theses);
        fields = List.copyOf(fields);
        priorities = List.copyOf(priorities);
        roadmap = List.copyOf(roadmap);
        warnings = List.copyOf(warnings);
        respondents = List.copyOf(respondents);
    }

    /**
     * The first page, for the council: why each thesis is or is not met in one line, the stage on its scale, who was
     * heard and who was not, what the groups disagree on most, what comes first, and, when given, the change against
     * the previous period and the place among peers.
     *
     * @param stagePlace the stage's place on its scale and the distance to the next, as a sentence; empty without
     *     an index
     * @param notHeard the questionnaire's groups not heard, as a sentence; empty when all were
     * @param disputedLead how many questions the groups disagree on, as a sentence; empty for a single respondent
     * @param disputed the questions with the widest spread, each with every group's score
     * @param moreDisputed how many further disputed questions the question tables flag, as a sentence; or empty
     * @param position null when neither a previous period nor peers are given
     * @param duties the legal duties the answers do not meet or leave unanswered, each by its question, as
     *     sentences; empty when every duty asked about is met (or none is)
     * @param factsDiffer how many questions of fact groups whose answers do not count answer far from the one that
     *     does, as a sentence; empty when none do or a single group answered
     */
    public record Glance(List<GlanceThesis> theses, List<StageStep> scale, String stagePlace, String heard,
                         String notHeard, String disputedLead, List<String> disputed, String moreDisputed,
                         List<FirstMeasure> first, Position position, String duties, String factsDiffer) {
        public Glance {
            theses = List.copyOf(theses);
            scale = List.copyOf(scale);
            disputed = List.copyOf(disputed);
            first = List.copyOf(first);
        }
    }

    /** @param reason the score against the threshold and each failed condition by its short name, in one line */
    public record GlanceThesis(String title, String kind, String status, String score, String reason) {
    }

    /** @param current whether the index lies in this stage */
    public record StageStep(String label, String range, boolean current) {
    }

    /** @param why its phase, field, and the thesis condition or legal duty it fulfils */
    public record FirstMeasure(String measure, String why) {
    }

    /**
     * The index, stage and theses against the previous period and among the peers, as far as either is given, in
     * one table: a column appears only for what is given.
     *
     * @param before the previous period's name; empty without it
     * @param now this period's name
     * @param previous whether the previous period's columns (before, change) are shown
     * @param peers whether the peers' columns (rank, percentile, median, met by) are shown
     * @param percentiles whether the peers are enough for percentiles ({@link GlanceViews#MIN_FOR_PERCENTILES})
     * @param notes how to read the figures: versions scored on shared questions, ranks and percentiles
     */
    public record Position(String heading, String before, String now, boolean previous, boolean peers,
                           boolean percentiles, List<PositionRow> rows, List<String> notes) {
        public Position {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param change the difference of the scores as shown; {@link TrendView.Change#NONE} where there is none
     * @param rank "3 of 18": equal scores share a rank; empty where it does not apply
     * @param percentile the percentile rank; empty when the peers are too few
     * @param met for a thesis, how many peers meet it; empty otherwise
     */
    public record PositionRow(String label, String before, String now, TrendView.Change change, String rank,
                              String percentile, String median, String met) {
    }

    /**
     * The place of the index, every field and every thesis among the cohort of a report run and, when it is split
     * into peer groups, among the municipality's own group: what {@code smartregion report} adds to a report.
     *
     * @param lead among whom, as a sentence
     * @param groupName the peer group's name; empty without peer groups
     * @param group whether the peer group's columns are shown
     * @param percentiles whether the cohort is large enough for percentiles ({@link CohortViews#MIN_FOR_PERCENTILES})
     * @param groupPercentiles the same for the peer group
     * @param rows the index, then the fields, then the theses, in questionnaire order
     * @param notes how to read ranks, percentiles and medians
     */
    public record CohortSection(String heading, String lead, String groupName, boolean group, boolean percentiles,
                                boolean groupPercentiles, List<CohortLine> rows, List<String> notes) {
        public CohortSection {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param score the municipality's own score
     * @param rank "3 of 18" in the cohort: equal scores share a rank
     * @param percentile the percentile rank in the cohort; empty when the cohort is too small for one
     * @param median the cohort's median
     * @param groupRank the rank in the peer group; empty without peer groups
     * @param groupPercentile the percentile rank in the peer group; empty without peer groups or when it is too small
     * @param groupMedian the peer group's median beside the score; empty without peer groups
     */
    public record CohortLine(String label, String score, String rank, String percentile, String median,
                             String groupRank, String groupPercentile, String groupMedian) {
    }

    /**
     * The legal duties the questionnaire asks about, for the council first.
     *
     * @param any whether any duty applies to the municipality; the block is left out when none does
     * @param summary how many of them the answers show fulfilled, as a sentence
     * @param open the duties answered below their minimum or not at all, and those the respondents disagree on, in
     *     questionnaire order
     */
    public record Duties(boolean any, String summary, List<DutyLine> open) {
        public Duties {
            open = List.copyOf(open);
        }
    }

    /**
     * @param text the question, its answer and the minimum, as a sentence, and whether the respondents disagree
     * @param field the field's title
     * @param basis where the duty comes from, e.g. "§ 6 EnEfG"
     */
    public record DutyLine(String text, String field, String basis) {
    }

    /** @param details type, state and population, joined for one line; empty when none is known */
    /**
     * @param key the id as a reader knows it: "AGS 09162000" for an official municipality key (8 digits, or the
     *     12-digit regional key "ARS …"), else "Kennung …"
     */
    public record Place(String id, String name, String details, String key) {
    }

    /**
     * @param gauge the score as a percentage width for a bar, e.g. "47.1"
     * @param stageNote what the stage rests on; not the questionnaire's stage description, which describes a
     *     typical municipality of the stage and may contradict this one's theses (it stands in the appendix)
     * @param lowCoverage beside the score where few of the applicable questions are answered, e.g. "nur 18 %
     *     beantwortet"; empty otherwise
     */
    public record Headline(String score, String stage, String stageNote, String coverage, int answered,
                           int applicable, String gauge, String lowCoverage) {
    }

    /**
     * Why a thesis is met or not, from the answers.
     *
     * @param kind met, not-met or not-assessable: for a class and a mark; {@code status} says it in words
     * @param lead the score against the threshold and what else falls short, or why it cannot be judged
     * @param failed the conditions that do not hold, in words
     * @param weakest the answered questions pulling the score down most, with their answers; empty when none
     * @param divided the thesis's own questions on which the groups disagree, with each group's score; empty
     *     when none
     */
    public record ThesisRow(String title, String description, String score, String threshold, boolean met,
                            boolean assessable, String kind, String status, String lead,
                            List<ConditionLine> failed, List<String> weakest, List<String> divided, String gauge,
                            String mark) {
        public ThesisRow {
            failed = List.copyOf(failed);
            weakest = List.copyOf(weakest);
            divided = List.copyOf(divided);
        }
    }

    /** A failed condition; an anyOf has a heading in {@code text} and one line per alternative. */
    public record ConditionLine(String text, List<String> alternatives) {
        public ConditionLine {
            alternatives = List.copyOf(alternatives);
        }
    }

    public record HeatMap(List<String> columns, List<HeatRow> rows) {
        public HeatMap {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public record HeatRow(String field, List<HeatCell> cells) {
        public HeatRow {
            cells = List.copyOf(cells);
        }
    }

    public record HeatCell(String value, String fill, String ink) {
    }

    /** A field of action with its questions. {@code gauge} is the score as a bar width in percent. */
    public record FieldSection(String id, String title, String description, String score, String stage,
                               String coverage, int answered, int applicable, String weight, String aggregate,
                               String gauge, List<QuestionRow> questions) {
        public FieldSection {
            questions = List.copyOf(questions);
        }
    }

    /**
     * Scores, target and gap on 0..100; empty strings where they do not apply. Templates test the booleans, not
     * strings: FreeMarker compares strings with a collator whose set-up a report would pay for.
     *
     * @param state answered, na or missing
     * @param answered whether the state is answered
     * @param behind whether the gap to the target, as shown, is above 0
     */
    public record QuestionRow(String id, String text, String answer, String score, String target, String gap,
                              String weight, String state, boolean answered, boolean behind, String note,
                              String spread, boolean disputed, List<EvidenceItem> evidence, boolean unevidenced,
                              String moreRemarks, String notCounted, List<Remark> notes, String otherAnswers,
                              List<Remark> otherNotes) {
        public QuestionRow {
            notes = List.copyOf(notes);
            evidence = List.copyOf(evidence);
            otherNotes = List.copyOf(otherNotes);
        }
    }

    /**
     * A respondent's note in their own words.
     *
     * @param who the respondent's role (and name) when several answered; empty for a single respondent
     * @param lang the language tag of the text when it differs from the report's, so that a screen reader speaks it
     *     in its language (WCAG 3.1.2); empty when it is the report's
     */
    public record Remark(String who, String text, String lang) {
    }

    /**
     * @param who the respondent's role (and name) when several answered; empty for a single respondent
     * @param href the evidence as a link target when it is one http(s) address, percent-encoded; else empty
     * @param lang the language tag of the text when it differs from the report's; empty when it is the report's
     */
    public record EvidenceItem(String who, String text, String href, String lang) {
    }

    /**
     * Who was heard. {@code several} is true when more than one respondent answered: reports then show each
     * one's answers and the spread per question.
     *
     * @param missing the questionnaire's roles not heard, joined; empty when all were or it declares none
     * @param allHeard that every role the questionnaire declares was heard, naming them; empty otherwise
     * @param notAsked how many questions were not asked because none of the groups they are for answered, with
     *     the number per group, as a sentence; empty when every question was asked of someone heard
     */
    public record Participation(boolean several, int count, List<RoleCount> roles, String missing,
                                int disputed, String spreadNote, String allHeard, String notAsked) {
        public Participation {
            roles = List.copyOf(roles);
        }
    }

    /** @param name the name of the group's one respondent, when it has one and gives a name; else null */
    public record RoleCount(String role, int count, String name) {
    }

    /**
     * @param measure what is left to do: the question's recommendation for its score (see {@code recommendations}),
     *     or its text where it has none
     * @param question the question the measure brings to its target
     * @param closes the titles of the theses one of whose failed conditions the measure makes hold, joined;
     *     empty when none
     * @param duty the legal duty the measure fulfils, with its basis; empty when none
     * @param phase the roadmap phase the measure stands in
     */
    public record PriorityRow(int rank, String measure, String question, String field, String impact,
                              String effort, String priority, String closes, String duty, int phase) {
    }

    /**
     * @param measures the phase's measures the roadmap shows: all that close a thesis condition or fulfil a legal
     *     duty, then the others up to {@link ReportViews#ROADMAP_PER_PHASE}, and the phase's steps page 1 names first
     * @param more how many further measures the phase has beyond those shown, and where they stand, as a sentence;
     *     empty when none
     * @param rest those further measures, in order, for the appendix; numbered on from {@code measures}
     */
    public record Phase(int number, String title, String description, List<Measure> measures, String more,
                        List<Measure> rest) {
        public Phase {
            measures = List.copyOf(measures);
            rest = List.copyOf(rest);
        }
    }

    /**
     * @param measure what is left to do: the question's recommendation for its score (see {@code recommendations}),
     *     or its text where it has none
     * @param after the measures that must come first, joined; empty when none
     * @param closes which theses the measure helps close, as a sentence; empty when none
     * @param duty the legal duty the measure fulfils, with its basis; empty when none
     * @param questionLabel what {@code question} is: a question of fact ("Frage") or a statement a group rates
     *     ("Aussage")
     * @param notes the notes of the answers the measure builds on, as with the question (a measure follows the
     *     answer, and a note may say that a step is under way); empty in the appendix
     */
    public record Measure(String measure, String question, String field, String impact, String effort,
                          String after, String closes, String duty, String questionLabel, List<Remark> notes) {
        public Measure {
            notes = List.copyOf(notes);
        }
    }

    public record Person(String role, String name) {
    }

    /** The scoring rules with this questionnaire's actual weights, for the appendix. */
    public record Methodology(List<String> paragraphs, List<MethodField> fields, List<MethodThesis> theses,
                              List<MethodStage> stages) {
        public Methodology {
            paragraphs = List.copyOf(paragraphs);
            fields = List.copyOf(fields);
            theses = List.copyOf(theses);
            stages = List.copyOf(stages);
        }
    }

    public record MethodField(String title, String weight, String aggregate, int questions, String questionWeights) {
    }

    public record MethodThesis(String title, String threshold, int questions) {
    }

    public record MethodStage(String range, String label, String description) {
    }
}
