package de.smartregion.report;

import de.smartregion.compare.Comparison;
import de.smartregion.compare.Standing;
import de.smartregion.compare.Trend;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.score.Gate;
import de.smartregion.score.Plan;
import de.smartregion.text.Messages;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Renders a result in one format and language. JSON is written by Jackson; the other formats by templates. */
public final class Reports {

    private final Templates templates;
    /** Null for RFC 4180: a single report writes no CSV, and naming the constant here would load it on every run. */
    private final CsvDialect csvDialect;

    public Reports(Templates templates) {
        this(templates, null);
    }

    /** Reports whose CSV is written in {@code csvDialect}; null for RFC 4180. */
    public Reports(Templates templates, CsvDialect csvDialect) {
        this.templates = templates;
        this.csvDialect = csvDialect;
    }

    private CsvDialect csvDialect() {
        return csvDialect == null ? CsvDialect.RFC4180 : csvDialect;
    }

    /** Starts preparing the templates of {@code formats} for a document kind, in the background. */
    public void prepare(List<Format> formats, String kind) {
        for (Format f : formats) {
            if (f.template(kind) != null) {
                templates.prepare(f.template(kind));
            }
        }
    }

    /** A rendered report: the bytes to write, and for text formats the text as well. */
    public record Rendered(Format format, byte[] bytes, boolean text) {
    }

    /**
     * @param date the report date to show, or null for none (reproducible output)
     */
    public Rendered render(Result result, Plan plan, Format format, Messages messages, LocalDate date)
            throws TemplateException {
        return render(result, plan, format, messages, date, null);
    }

    /** As {@link #render(Result, Format, Messages, LocalDate)}; JSON also carries the gate's verdict, if any. */
    public Rendered render(Result result, Plan plan, Format format, Messages messages, LocalDate date,
                           Gate.Verdict gate)
            throws TemplateException {
        return render(result, plan, format, messages, date, gate, Standing.NONE);
    }

    /** As above, the result placed against its previous period and its peers where {@code standing} has them. */
    public Rendered render(Result result, Plan plan, Format format, Messages messages, LocalDate date,
                           Gate.Verdict gate, Standing standing)
            throws TemplateException {
        return render(result, plan, format, messages, date, gate, standing, null);
    }

    /**
     * The result in each of {@code formats}, in that order; the view the templates share is built once for all of
     * them (a run of 10,000 reports in HTML and PDF would otherwise build each twice).
     */
    public List<Rendered> renderAll(Result result, Plan plan, List<Format> formats, Messages messages,
                                    LocalDate date, Gate.Verdict gate, Standing standing) throws TemplateException {
        ReportView view = null;
        List<Rendered> rendered = new java.util.ArrayList<>();
        for (Format f : formats) {
            if (view == null && f != Format.JSON) {
                view = view(result, plan, messages, date, standing);
            }
            rendered.add(render(result, plan, f, messages, date, gate, standing, view));
        }
        return rendered;
    }

    /** @param view the view of the template formats, or null to build it here */
    private Rendered render(Result result, Plan plan, Format format, Messages messages, LocalDate date,
                            Gate.Verdict gate, Standing standing, ReportView view) throws TemplateException {
        ReportView shown = view != null || format == Format.JSON ? view : view(result, plan, messages, date, standing);
        return switch (format) {
            case JSON -> text(format, ResultJson.write(result, plan, messages, gate, standing));
            case MD, HTML -> text(format, templates.render(format.template("report"), shown));
            case PDF -> pdf(format.template("report"), shown, shown.title(), date);
            case CSV, XLSX -> throw new IllegalArgumentException("a single report has no " + format + " format");
        };
    }

    /** The view every report format renders, for a renderer outside this package (the terminal's). */
    public static ReportView view(Result result, Plan plan, Messages messages, LocalDate date, Standing standing) {
        return new ReportViews(messages).build(result, plan, date == null ? null : date(date, messages), standing);
    }

    /**
     * Renders a comparison in one of {@link Format#TABLE}.
     *
     * @param verdicts the gate's verdict by municipality id; empty when no gate was asked for
     */
    public Rendered render(Comparison comparison, List<Note> warnings, java.util.Map<String, Gate.Verdict> verdicts,
                           Format format, Messages messages, LocalDate date) throws TemplateException {
        return switch (format) {
            case JSON -> text(format, ComparisonJson.write(comparison, warnings, verdicts, messages));
            case CSV -> text(format, ComparisonCsv.write(comparison, csvDialect()));
            case XLSX -> new Rendered(format, TablesXlsx.write(comparison), false);
            case MD, HTML -> text(format, templates.render(format.template("compare"),
                    new ComparisonViews(messages).build(comparison, warnings, date == null ? null
                            : date(date, messages))));
            case PDF -> {
                ComparisonView view = new ComparisonViews(messages).build(comparison, warnings,
                        date == null ? null : date(date, messages));
                yield pdf(format.template("compare"), view, view.title(), date);
            }
        };
    }

    /**
     * The index page of a report run, in HTML: the cohort at a glance and a link to every report.
     *
     * @param files by municipality id, its report files relative to the index, one per format of {@code formats}
     * @param failed the reports that could not be written, as sentences
     */
    public Rendered renderIndex(Comparison cohort, List<Note> warnings, List<Format> formats,
                                java.util.Map<String, List<String>> files, List<String> failed, Messages messages,
                                LocalDate date) throws TemplateException {
        return text(Format.HTML, templates.render(Format.HTML.template("index"), new IndexViews(messages)
                .build(cohort, warnings, formats, files, failed, date == null ? null : date(date, messages))));
    }

    /**
     * Renders a trend in one of {@link Format#TABLE}.
     *
     * @param questionnaires the questionnaires its periods answer, oldest first
     */
    public Rendered render(Trend trend, List<Questionnaire> questionnaires, List<Note> warnings, Format format,
                           Messages messages, LocalDate date) throws TemplateException {
        Questionnaire latest = questionnaires.get(questionnaires.size() - 1);
        return switch (format) {
            case JSON -> text(format, TrendJson.write(trend, warnings));
            case CSV -> text(format, TrendCsv.write(trend, ids(latest.fields()), ids(latest.theses()), csvDialect()));
            case XLSX -> new Rendered(format, TablesXlsx.write(trend, ids(latest.fields()), ids(latest.theses())),
                    false);
            case MD, HTML -> text(format, templates.render(format.template("trend"),
                    new TrendViews(messages).build(trend, questionnaires, warnings, date == null ? null
                            : date(date, messages))));
            case PDF -> {
                TrendView view = new TrendViews(messages).build(trend, questionnaires, warnings,
                        date == null ? null : date(date, messages));
                yield pdf(format.template("trend"), view, view.title(), date);
            }
        };
    }

    /** A PDF from the HTML template of a document kind: accessible (PDF/UA-1) as every PDF report. */
    private Rendered pdf(String template, Object view, String title, LocalDate date) throws TemplateException {
        String html = templates.render(template, view);
        return new Rendered(Format.PDF, PdfRenderer.render(html, title, templates.where(template), date), false);
    }

    private static List<String> ids(List<?> items) {
        List<String> ids = new java.util.ArrayList<>();
        for (Object o : items) {
            ids.add(o instanceof de.smartregion.model.Field f ? f.id() : ((de.smartregion.model.Thesis) o).id());
        }
        return ids;
    }

    private static Rendered text(Format format, String text) {
        return new Rendered(format, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** A date as the language writes it, e.g. "26. November 2026" or "26 November 2026". */
    static String date(LocalDate date, Messages messages) {
        return DateTimeFormatter.ofPattern(messages.get("format.date"), Locale.forLanguageTag(messages.language()))
                .format(date);
    }
}
