package de.smartregion.report;

import java.util.List;
import java.util.Map;

/**
 * The index page of a report run ({@code index.html}): the cohort at a glance, as a comparison shows it, and every
 * report, each linked.
 *
 * @param cohort the comparison of the reported municipalities; the index shows its overview and statistics
 * @param lead how many reports, in how many formats, as a sentence
 * @param reports every municipality reported, in the order of the comparison's ranking
 * @param failed the reports that could not be written, as sentences; empty when all were
 */
public record IndexView(String language, Map<String, String> text, String title, String date, String lead,
                        ComparisonView cohort, List<IndexRow> reports, List<String> failed) {

    public IndexView {
        text = Map.copyOf(text);
        reports = List.copyOf(reports);
        failed = List.copyOf(failed);
    }

    /**
     * One municipality's reports.
     *
     * @param met how many theses it meets, e.g. "2 von 3"
     * @param group its peer group's name; empty without peer groups
     * @param links one per format, in the order given; empty when its reports could not be written
     */
    public record IndexRow(int rank, String name, String id, String period, String overall, String stage, String met,
                           String group, List<Link> links) {
        public IndexRow {
            links = List.copyOf(links);
        }
    }

    /**
     * @param label the format as the reader knows it (HTML, PDF, …)
     * @param href the report's file name, relative to the index
     * @param name the link's name for a screen reader out of its table, e.g. "Bericht für Musterstadt, PDF"
     */
    public record Link(String label, String href, String name) {
    }
}
