package de.smartregion.report;

import java.util.List;
import java.util.Map;

/**
 * Everything a report template shows, already computed, translated and formatted: templates only lay it out.
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
        List<ThesisRow> theses,
        List<FieldRow> fields,
        List<PriorityRow> priorities,
        List<String> warnings,
        List<Person> respondents) {

    public ReportView {
        text = Map.copyOf(text);
        theses = List.copyOf(theses);
        fields = List.copyOf(fields);
        priorities = List.copyOf(priorities);
        warnings = List.copyOf(warnings);
        respondents = List.copyOf(respondents);
    }

    /** @param details state, type and population, joined for one line; empty when none is known */
    public record Place(String id, String name, String details) {
    }

    public record Headline(String score, String stage, String stageDescription, String coverage) {
    }

    public record ThesisRow(String title, String description, String score, String threshold, boolean met,
                            String status) {
    }

    public record FieldRow(String title, String score, String stage, String coverage, int answered,
                           int applicable) {
    }

    public record PriorityRow(int rank, String question, String field, String impact, String effort,
                              String priority, String recommendation) {
    }

    public record Person(String role, String name) {
    }
}
