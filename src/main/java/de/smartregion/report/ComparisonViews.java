package de.smartregion.report;

import de.smartregion.compare.Comparison;
import de.smartregion.compare.Statistic;
import de.smartregion.compare.Statistics;
import de.smartregion.model.Field;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Stage;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link ComparisonView} of a comparison in one language. */
public final class ComparisonViews {

    /** Rows a Markdown or HTML ranking shows; CSV and JSON always hold all. */
    public static final int MAX_ROWS = 500;
    /** The smallest peer group whose percentiles mean more than a place in it. */
    static final int MIN_FOR_PERCENTILES = 5;
    /**
     * The smallest peer group whose statistics say more than its members' own scores: with one member, minimum,
     * median and maximum are the same number, with two the median is their mean.
     */
    static final int MIN_FOR_STATISTICS = 3;
    /** Rows of the heat map, the best ranked: beyond that a picture stops being readable. */
    public static final int HEATMAP_ROWS = 60;

    private final Messages messages;
    private final NumberFormats numbers;
    private final String dash;
    private final CoverageMarks marks;

    public ComparisonViews(Messages messages) {
        this.messages = messages;
        this.numbers = new NumberFormats(messages.language());
        this.dash = messages.get("report.none");
        this.marks = new CoverageMarks(messages, numbers);
    }

    public ComparisonView build(Comparison c, List<Note> warnings, String date) {
        Questionnaire q = c.questionnaire();
        List<String> fieldTitles = new ArrayList<>();
        for (Field f : q.fields()) {
            fieldTitles.add(text(q, f.title()));
        }
        List<String> thesisTitles = new ArrayList<>();
        for (de.smartregion.model.Thesis t : q.theses()) {
            thesisTitles.add(text(q, t.title()));
        }
        List<ComparisonView.Row> rows = rows(q, c.ranking(), true);
        int total = c.ranking().size();
        String shown = total > MAX_ROWS ? messages.get("compare.shown", MAX_ROWS, total) : "";
        String heatmapShown = total > HEATMAP_ROWS ? messages.get("compare.heatmap-shown", HEATMAP_ROWS, total) : "";
        List<ComparisonView.GroupView> groups = new ArrayList<>();
        for (Comparison.Group g : c.groups().values()) {
            int size = g.ranking().size();
            // in a group of one or two, a percentile says only which place it has: not shown, and said why
            boolean percentiles = size >= MIN_FOR_PERCENTILES;
            String members = messages.get(size == 1 ? "compare.members.one" : "compare.members", size);
            String tooFew = size >= MIN_FOR_STATISTICS ? "" : messages.get("compare.statistics.too-few",
                    messages.count(MIN_FOR_STATISTICS, Integer.toString(MIN_FOR_STATISTICS)));
            groups.add(new ComparisonView.GroupView(PlaceNames.group(messages, g.name()), percentiles ? members
                    : messages.get("compare.members.few", members, MIN_FOR_PERCENTILES),
                    rows(q, g.ranking(), percentiles), statistics(q, g.statistics()), tooFew));
        }
        List<String> allWarnings = new ArrayList<>();
        for (Note note : warnings) {
            allWarnings.add(note.message());
        }
        return new ComparisonView(messages.language(), messages.texts("report.", "compare."), date,
                messages.get(total == 1 ? "compare.title.one" : "compare.title", total),
                q.titleWithVersion(messages.language()),
                c.groupBy() == null ? "" : messages.get("compare.grouped", messages.get("compare.by." + c.groupBy()
                        .id())),
                allWarnings, fieldTitles, thesisTitles, rows.subList(0, Math.min(rows.size(), MAX_ROWS)), shown,
                statisticLabels(), statistics(q, c.statistics()), boxplot(q, c.statistics()), overview(c),
                heatmap(q, c.ranking(), fieldTitles),
                heatmapShown,
                c.groupBy() == null ? "" : messages.get("compare.by." + c.groupBy().id()), groups,
                shortfalls(q, c.ranking()));
    }

    private ComparisonView.Overview overview(Comparison c) {
        Questionnaire q = c.questionnaire();
        List<Stage> stages = q.stages();
        List<Integer> counts = c.stageCounts();
        int scored = 0;
        for (int n : counts) {
            scored += n;
        }
        List<ComparisonView.StageCount> rows = new ArrayList<>();
        List<Map.Entry<Double, String>> starts = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            String range = ReportViews.stageRange(stages, i, "report.method.range", messages, numbers);
            rows.add(new ComparisonView.StageCount(text(q, s.label()), range, counts.get(i),
                    scored == 0 ? dash : numbers.percent(counts.get(i) / (double) scored, messages.get("format.percent"))));
            if (i > 0) {
                starts.add(Map.entry(s.from(), text(q, s.label())));
            }
        }
        Statistics overall = c.statistics().get(Comparison.OVERALL);
        int decimals = q.scoring().rounding();
        List<String> summary = new ArrayList<>();
        if (overall != null) {
            summary.add(messages.get("compare.overview.summary", numbers.fixed(overall.get(Statistic.MEDIAN), decimals),
                    numbers.fixed(overall.get(Statistic.P25), decimals), numbers.fixed(overall.get(Statistic.P75), decimals),
                    numbers.fixed(overall.get(Statistic.MIN), decimals), numbers.fixed(overall.get(Statistic.MAX), decimals)));
        }
        int unscored = c.ranking().size() - scored;
        if (unscored > 0) {
            summary.add(messages.get(unscored == 1 ? "compare.overview.unscored.one" : "compare.overview.unscored",
                    unscored));
        }
        return new ComparisonView.Overview(String.join(" ", summary), rows,
                Charts.histogram(c.histogram(), starts));
    }

    private List<String> statisticLabels() {
        List<String> labels = new ArrayList<>();
        for (Statistic statistic : Statistic.values()) {
            labels.add(messages.get("compare." + statistic.key()));
        }
        return labels;
    }

    /** @param percentiles whether the percentile is shown; a dash otherwise */
    private List<ComparisonView.Row> rows(Questionnaire q, List<Comparison.Ranked> ranking, boolean percentiles) {
        int decimals = q.scoring().rounding();
        List<ComparisonView.Row> rows = new ArrayList<>();
        for (Comparison.Ranked r : ranking) {
            if (rows.size() == MAX_ROWS) {
                break;
            }
            List<ComparisonView.Cell> cells = new ArrayList<>();
            for (Double v : r.row().fields()) {
                Charts.Shade shade = Charts.shade(v);
                cells.add(new ComparisonView.Cell(score(v, decimals), shade.fill(), shade.ink()));
            }
            List<ComparisonView.ThesisCell> theses = new ArrayList<>();
            for (int t = 0; t < r.row().theses().size(); t++) {
                boolean met = r.row().met().get(t);
                boolean assessable = r.row().assessable().get(t);
                boolean shortfall = !r.row().shortfalls().get(t).isEmpty();
                theses.add(new ComparisonView.ThesisCell(score(r.row().theses().get(t), decimals), met, assessable,
                        messages.get(!assessable ? "report.thesis.not-assessable"
                                : met ? "report.thesis.met" : shortfall ? "compare.thesis.not-met-condition"
                                : "report.thesis.not-met")));
            }
            rows.add(new ComparisonView.Row(r.rank(), r.row().municipality().name(), r.row().id(), r.row().period(),
                    score(r.row().overall(), decimals), stageLabel(q, r.row().stage()),
                    r.row().coverage() == null ? dash
                            : numbers.percent(r.row().coverage(), messages.get("format.percent")),
                    marks.of(r.row().coverage()), percentiles ? score(r.percentile(), 0) : dash, cells, theses));
        }
        return rows;
    }

    /**
     * For each shown municipality and thesis whose score reaches the threshold but that is not met, which
     * conditions fail: a verdict "not met" beside a score above the threshold would otherwise read as a mistake.
     */
    private List<String> shortfalls(Questionnaire q, List<Comparison.Ranked> ranking) {
        ThesisExplanations words = new ThesisExplanations(messages, numbers, q);
        List<String> notes = new ArrayList<>();
        for (Comparison.Ranked r : ranking.subList(0, Math.min(ranking.size(), MAX_ROWS))) {
            for (int t = 0; t < r.row().shortfalls().size(); t++) {
                String note = words.shortfall(r.row().municipality().name(), text(q, q.theses().get(t).title()),
                        r.row().shortfalls().get(t));
                if (!note.isEmpty()) {
                    notes.add(note);
                }
            }
        }
        return notes;
    }

    private List<ComparisonView.StatRow> statistics(Questionnaire q, Map<String, Statistics> stats) {
        int decimals = q.scoring().rounding();
        List<ComparisonView.StatRow> rows = new ArrayList<>();
        for (Map.Entry<String, Statistics> e : stats.entrySet()) {
            Statistics s = e.getValue();
            String label = label(q, e.getKey());
            Map<Statistic, String> cells = new EnumMap<>(Statistic.class);
            for (Statistic statistic : Statistic.values()) {
                if (statistic.count()) {
                    cells.put(statistic, s == null ? "0" : Long.toString((long) s.get(statistic)));
                } else {
                    cells.put(statistic, s == null ? dash : numbers.fixed(s.get(statistic), decimals));
                }
            }
            rows.add(new ComparisonView.StatRow(label, List.copyOf(cells.values()), cells.get(Statistic.N),
                    cells.get(Statistic.MIN), cells.get(Statistic.P25), cells.get(Statistic.MEDIAN),
                    cells.get(Statistic.P75), cells.get(Statistic.MAX), cells.get(Statistic.MEAN)));
        }
        return rows;
    }

    private Charts.BoxPlot boxplot(Questionnaire q, Map<String, Statistics> stats) {
        List<Charts.Distribution> rows = new ArrayList<>();
        for (Map.Entry<String, Statistics> e : stats.entrySet()) {
            Statistics s = e.getValue();
            if (s != null) {
                rows.add(new Charts.Distribution(label(q, e.getKey()), s.get(Statistic.MIN), s.get(Statistic.P25),
                        s.get(Statistic.MEDIAN), s.get(Statistic.P75), s.get(Statistic.MAX), s.get(Statistic.MEAN),
                        s.n()));
            }
        }
        return Charts.boxplot(rows);
    }

    private Charts.HeatGrid heatmap(Questionnaire q, List<Comparison.Ranked> ranking, List<String> fieldTitles) {
        int n = Math.min(ranking.size(), HEATMAP_ROWS);
        List<Charts.HeatValues> rows = new ArrayList<>();
        for (Comparison.Ranked ranked : ranking.subList(0, n)) {
            List<String> texts = new ArrayList<>();
            for (Double v : ranked.row().fields()) {
                texts.add(score(v, 0));
            }
            rows.add(new Charts.HeatValues(ranked.rank() + ". " + ranked.row().municipality().name(),
                    ranked.row().fields(), texts));
        }
        return Charts.heatGrid(fieldTitles, rows);
    }

    private String label(Questionnaire q, String key) {
        if (Comparison.OVERALL.equals(key)) {
            return messages.get("report.overall");
        }
        for (Field f : q.fields()) {
            if (f.id().equals(key)) {
                return text(q, f.title());
            }
        }
        return key;
    }

    private String stageLabel(Questionnaire q, String id) {
        return PlaceNames.stage(messages, q, id);
    }

    private String score(Double v, int decimals) {
        return v == null ? dash : numbers.fixed(v, decimals);
    }

    private String text(Questionnaire q, de.smartregion.model.Text t) {
        return t == null ? "" : t.in(messages.language(), q.defaultLanguage());
    }
}
