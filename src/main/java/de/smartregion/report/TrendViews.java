package de.smartregion.report;

import de.smartregion.compare.Trend;
import de.smartregion.model.Field;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.model.Rounding;
import de.smartregion.model.Scores;
import de.smartregion.model.Stage;
import de.smartregion.model.Thesis;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the {@link TrendView} of a trend in one language. */
public final class TrendViews {

    private final Messages messages;
    private final NumberFormats numbers;
    private final String dash;
    private final CoverageMarks marks;

    public TrendViews(Messages messages) {
        this.messages = messages;
        this.numbers = new NumberFormats(messages.language());
        this.dash = messages.get("report.none");
        this.marks = new CoverageMarks(messages, numbers);
    }

    /** @param questionnaires the questionnaires the periods answer, oldest first: later titles win */
    public TrendView build(Trend trend, List<Questionnaire> questionnaires, List<Note> warnings, String date) {
        Map<String, String> fieldTitles = new LinkedHashMap<>();
        Map<String, String> thesisTitles = new LinkedHashMap<>();
        Map<String, String> stageLabels = new LinkedHashMap<>();
        int decimals = 1;
        Set<String> versions = new LinkedHashSet<>();
        // the latest version's thresholds; one line only when the theses share it
        Set<Double> thresholds = new LinkedHashSet<>();
        for (Questionnaire q : questionnaires) {
            decimals = q.scoring().rounding();
            versions.add(q.titleWithVersion(messages.language()));
            for (Field f : q.fields()) {
                fieldTitles.put(f.id(), f.title().in(messages.language(), q.defaultLanguage()));
            }
            thresholds.clear();
            for (Thesis t : q.theses()) {
                thesisTitles.put(t.id(), t.title().in(messages.language(), q.defaultLanguage()));
                thresholds.add(t.threshold());
            }
            for (Stage s : q.stages()) {
                stageLabels.put(s.id(), s.label().in(messages.language(), q.defaultLanguage()));
            }
        }
        Double threshold = thresholds.size() == 1 ? thresholds.iterator().next() : null;
        // failed conditions are named as the latest version names them, like the titles
        Questionnaire latest = questionnaires.get(questionnaires.size() - 1);
        ThesisExplanations words = new ThesisExplanations(messages, numbers, latest);
        RoleLabels roles = new RoleLabels(messages, latest);
        List<TrendView.SeriesView> series = new ArrayList<>();
        for (Trend.Series s : trend.series()) {
            List<TrendView.PeriodRow> rows = new ArrayList<>();
            List<String> periods = new ArrayList<>();
            List<String> shortfalls = new ArrayList<>();
            List<String> heard = new ArrayList<>();
            Trend.Point previous = null;
            for (Trend.Point p : s.points()) {
                periods.add(p.period());
                List<TrendView.Value> fields = new ArrayList<>();
                for (String f : fieldTitles.keySet()) {
                    fields.add(value(p.fields().get(f), previous == null ? null : previous.fields().get(f),
                            decimals, ""));
                }
                List<TrendView.Value> theses = new ArrayList<>();
                for (String t : thesisTitles.keySet()) {
                    Boolean met = p.met().get(t);
                    List<Result.ConditionResult> failed = p.shortfalls().get(t);
                    theses.add(value(p.theses().get(t), previous == null ? null : previous.theses().get(t),
                            decimals, met == null ? "" : messages.get(met ? "report.thesis.met"
                                    : failed != null ? "compare.thesis.not-met-condition" : "report.thesis.not-met")));
                    String shortfall = failed == null ? "" : words.shortfall(p.period(), thesisTitles.get(t), failed);
                    if (!shortfall.isEmpty()) {
                        shortfalls.add(shortfall);
                    }
                }
                Double before = previous == null ? null : previous.overall();
                if (previous != null && p.otherGroups()) {
                    heard.add(roles.heardOther(previous, p));
                }
                previous = p;
                rows.add(new TrendView.PeriodRow(p.period(), p.questionnaire(), score(p.overall(), decimals),
                        change(p.overall(), before, decimals), p.stage() == null ? dash
                                : stageLabels.getOrDefault(p.stage(), p.stage()),
                        p.coverage() == null ? dash : numbers.percent(p.coverage(),
                                messages.get("format.percent")), marks.of(p.coverage()), fields, theses,
                        p.otherGroups() ? messages.get("trend.other-groups") : ""));
            }
            Charts.LineChart chart = chart(s, periods, thesisTitles, threshold, decimals);
            series.add(new TrendView.SeriesView(s.municipality().name(), s.municipality().id(), rows, chart,
                    shortfalls, heard, chartText(s, periods, thesisTitles, decimals), legendText(chart)));
        }
        List<String> texts = new ArrayList<>();
        for (Note note : warnings) {
            texts.add(note.message());
        }
        int municipalities = trend.series().size();
        String title = messages.get(municipalities == 1 ? "trend.title.one" : "trend.title", municipalities);
        List<String> lead = new ArrayList<>();
        lead.add(messages.get("trend.lead"));
        lead.add(threshold == null ? messages.get("trend.lead.thresholds")
                : messages.get("trend.lead.threshold", numbers.plain(threshold)));
        if (series.stream().anyMatch(v -> !v.heard().isEmpty())) {
            lead.add(messages.get("trend.lead.groups"));
        }
        return new TrendView(messages.language(), messages.texts("report.", "compare.", "trend."), date, title,
                String.join(", ", versions), texts, new ArrayList<>(fieldTitles.values()),
                new ArrayList<>(thesisTitles.values()), series, lead);
    }

    private Charts.LineChart chart(Trend.Series s, List<String> periods, Map<String, String> thesisTitles,
                                   Double threshold, int decimals) {
        List<Charts.LineSeries> lines = new ArrayList<>();
        List<Trend.Point> points = s.points();
        Trend.Point last = points.get(points.size() - 1);
        lines.add(new Charts.LineSeries(messages.get("report.overall"),
                Scores.of(points.size(), i -> points.get(i).overall()), true,
                last.overall() == null ? "" : score(last.overall(), decimals)));
        for (Map.Entry<String, String> t : thesisTitles.entrySet()) {
            Double lastScore = last.theses().get(t.getKey());
            lines.add(new Charts.LineSeries(t.getValue(),
                    Scores.of(points.size(), i -> points.get(i).theses().get(t.getKey())), false,
                    lastScore == null ? "" : score(lastScore, decimals)));
        }
        return Charts.lineChart(periods, lines, threshold,
                threshold == null ? "" : messages.get("trend.threshold", numbers.plain(threshold)));
    }

    /** The chart in words: each line's score per period, for a screen reader and the PDF's alternative text. */
    private String chartText(Trend.Series s, List<String> periods, Map<String, String> thesisTitles, int decimals) {
        List<String> lines = new ArrayList<>();
        lines.add(line(messages.get("report.overall"), s, p -> p.overall(), decimals));
        for (Map.Entry<String, String> t : thesisTitles.entrySet()) {
            lines.add(line(t.getValue(), s, p -> p.theses().get(t.getKey()), decimals));
        }
        return messages.get("trend.chart.text", s.municipality().name(), periods.get(0),
                periods.get(periods.size() - 1), String.join("; ", lines));
    }

    private String line(String name, Trend.Series s, java.util.function.Function<Trend.Point, Double> score,
                        int decimals) {
        List<String> values = new ArrayList<>();
        for (Trend.Point p : s.points()) {
            values.add(messages.get("trend.chart.value", score(score.apply(p), decimals), p.period()));
        }
        return name + " " + String.join(", ", values);
    }

    private String legendText(Charts.LineChart chart) {
        List<String> names = new ArrayList<>();
        for (Charts.Line l : chart.lines()) {
            names.add(l.endLabel());
        }
        if (!chart.thresholdLabel().isEmpty()) {
            names.add(chart.thresholdLabel());
        }
        return messages.get("trend.legend", String.join(", ", names));
    }

    private TrendView.Value value(Double score, Double before, int decimals, String verdict) {
        return new TrendView.Value(score(score, decimals), change(score, before, decimals), verdict);
    }

    private String score(Double v, int decimals) {
        return v == null ? dash : numbers.fixed(v, decimals);
    }

    private TrendView.Change change(Double now, Double before, int decimals) {
        return change(numbers, now, before, decimals);
    }

    /** The change between the scores as shown, so that a reader's subtraction agrees with it; none without both. */
    static TrendView.Change change(NumberFormats numbers, Double now, Double before, int decimals) {
        if (now == null || before == null) {
            return TrendView.Change.NONE;
        }
        BigDecimal difference = Rounding.halfUp(now, decimals).subtract(Rounding.halfUp(before, decimals));
        String magnitude = numbers.fixed(difference.abs().doubleValue(), decimals);
        // a minus sign, not a hyphen: it reads as one, and a screen reader says "minus"
        return switch (difference.signum()) {
            case 1 -> new TrendView.Change("+" + magnitude, "up");
            case -1 -> new TrendView.Change("\u2212" + magnitude, "down");
            default -> new TrendView.Change("±" + magnitude, "same");
        };
    }
}
