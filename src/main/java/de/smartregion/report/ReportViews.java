package de.smartregion.report;

import de.smartregion.model.Municipality;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.model.Stage;
import de.smartregion.model.Text;
import de.smartregion.model.Warning;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the {@link ReportView} of a result in one language. */
public final class ReportViews {

    /** How many measures the report's priority list shows. */
    public static final int TOP_PRIORITIES = 10;

    private final Messages messages;
    private final NumberFormats numbers;
    private final String language;

    public ReportViews(Messages messages) {
        this.messages = messages;
        this.numbers = new NumberFormats(messages.language());
        this.language = messages.language();
    }

    public ReportView build(Result r, String date) {
        Questionnaire q = r.questionnaire();
        int decimals = q.scoring().rounding();
        String dash = messages.get("report.none");
        List<ReportView.ThesisRow> theses = new ArrayList<>();
        for (Result.ThesisResult t : r.theses()) {
            theses.add(new ReportView.ThesisRow(text(t.thesis().title(), q), text(t.thesis().description(), q),
                    t.score() == null ? dash : numbers.fixed(t.score(), decimals),
                    numbers.fixed(t.thesis().threshold(), decimals), t.met(),
                    messages.get(t.met() ? "report.thesis.met" : "report.thesis.not-met")));
        }
        List<ReportView.FieldRow> fields = new ArrayList<>();
        for (Result.FieldResult f : r.fields()) {
            fields.add(new ReportView.FieldRow(text(f.field().title(), q),
                    f.score() == null ? dash : numbers.fixed(f.score(), decimals), stageLabel(f.stage(), q, dash),
                    f.coverage() == null ? dash : percent(f.coverage()), f.answered(), f.applicable()));
        }
        List<ReportView.PriorityRow> priorities = new ArrayList<>();
        for (Result.Priority p : r.priorities()) {
            if (priorities.size() == TOP_PRIORITIES) {
                break;
            }
            priorities.add(new ReportView.PriorityRow(priorities.size() + 1,
                    text(p.question().basics().text(), q), text(p.field().title(), q),
                    numbers.fixed(p.impact(), 2), messages.get("report.effort." + p.effort().id()),
                    numbers.fixed(p.priority(), 2), text(p.question().basics().recommendation(), q)));
        }
        List<String> warnings = new ArrayList<>();
        for (Warning w : r.warnings()) {
            warnings.add(WarningTexts.text(w, messages, q));
        }
        List<ReportView.Person> respondents = new ArrayList<>();
        for (Respondent p : r.respondents()) {
            respondents.add(new ReportView.Person(p.role() == null ? dash : role(p.role()),
                    p.name() == null ? "" : p.name()));
        }
        Result.Overall o = r.overall();
        ReportView.Headline headline = new ReportView.Headline(
                o.score() == null ? dash : numbers.fixed(o.score(), decimals), stageLabel(o.stage(), q, dash),
                o.stage() == null || o.stage().description() == null ? "" : text(o.stage().description(), q),
                o.coverage() == null ? dash : percent(o.coverage()));
        return new ReportView(language, fixedTexts(), date,
                messages.get("report.title", r.municipality().name(), r.period()),
                place(r.municipality()), r.period(),
                text(q.title(), q) + " " + q.version(), headline, r.strategyWorks(),
                messages.get(r.strategyWorks() ? "report.verdict.works" : "report.verdict.fails",
                        countMet(r), r.theses().size()),
                theses, fields, priorities, warnings, respondents);
    }

    private ReportView.Place place(Municipality m) {
        List<String> parts = new ArrayList<>();
        if (m.type() != null) {
            parts.add(m.type());
        }
        if (m.state() != null) {
            parts.add(m.state());
        }
        if (m.population() != null) {
            parts.add(messages.get("report.population", numbers.grouped(m.population())));
        }
        return new ReportView.Place(m.id(), m.name(), String.join(" · ", parts));
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

    private String role(String role) {
        String key = "report.role." + role;
        return messages.has(key) ? messages.get(key) : role;
    }

    private String stageLabel(Stage stage, Questionnaire q, String dash) {
        return stage == null ? dash : text(stage.label(), q);
    }

    private String percent(double share) {
        return numbers.percent(share, messages.get("format.percent"));
    }

    private String text(Text t, Questionnaire q) {
        return t == null ? "" : t.in(language, q.defaultLanguage());
    }

    /** All {@code report.*} texts, keyed without the prefix, for templates to use as {@code text.key}. */
    private Map<String, String> fixedTexts() {
        Map<String, String> texts = new TreeMap<>();
        for (Enumeration<String> keys = messages.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (key.startsWith("report.")) {
                texts.put(key.substring("report.".length()), messages.get(key));
            }
        }
        return texts;
    }
}
