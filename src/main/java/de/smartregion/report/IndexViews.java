package de.smartregion.report;

import de.smartregion.compare.Comparison;
import de.smartregion.compare.GroupBy;
import de.smartregion.model.Questionnaire;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the {@link IndexView} of a report run. */
final class IndexViews {

    private final Messages messages;
    private final NumberFormats numbers;

    IndexViews(Messages messages) {
        this.messages = messages;
        this.numbers = new NumberFormats(messages.language());
    }

    /**
     * @param files by municipality id, the report files written for it (relative to the index), one per format in
     *     {@code formats}; a municipality without an entry has none
     * @param failed the reports that could not be written, as sentences
     */
    IndexView build(Comparison c, List<Note> warnings, List<Format> formats, Map<String, List<String>> files,
                    List<String> failed, String date) {
        Questionnaire q = c.questionnaire();
        int decimals = q.scoring().rounding();
        GroupBy groupBy = c.groupBy();
        List<IndexView.IndexRow> rows = new ArrayList<>();
        int rank = 0;
        Double previous = null;
        for (Comparison.Ranked r : c.ranking()) {
            // equal indices share a rank, as in each report's section: the ranking orders them by id
            Double overall = r.row().overall();
            if (rank == 0 || overall == null || !overall.equals(previous)) {
                rank = r.rank();
            }
            previous = overall;
            List<IndexView.Link> links = new ArrayList<>();
            List<String> written = files.get(r.row().id());
            if (written != null) {
                for (int i = 0; i < formats.size(); i++) {
                    String label = messages.get("index.format." + formats.get(i).extension());
                    links.add(new IndexView.Link(label, written.get(i),
                            messages.get("index.report-of", r.row().municipality().name(), label)));
                }
            }
            int met = 0;
            for (boolean m : r.row().met()) {
                met += m ? 1 : 0;
            }
            rows.add(new IndexView.IndexRow(rank, r.row().municipality().name(), r.row().id(), r.row().period(),
                    r.row().overall() == null ? messages.get("report.none") : numbers.fixed(r.row().overall(), decimals),
                    stage(q, r.row().stage()), messages.get("report.glance.of", met, r.row().met().size()),
                    groupBy == null ? "" : PlaceNames.group(messages, r.group()), links));
        }
        int n = rows.size();
        return new IndexView(messages.language(), messages.texts("report.", "compare.", "index."),
                n == 1 ? messages.get("index.title.one") : messages.get("index.title", messages.count(n, numbers.grouped(n))), date,
                messages.get(n == 1 ? "index.lead.one" : "index.lead", messages.count(n, numbers.grouped(n)),
                        formatNames(formats), formats.size()),
                new ComparisonViews(messages).build(c, warnings, date), rows, failed);
    }

    /** "HTML", "HTML und PDF", "HTML, PDF und JSON". */
    private String formatNames(List<Format> formats) {
        List<String> names = new ArrayList<>();
        for (Format f : formats) {
            names.add(messages.get("index.format." + f.extension()));
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return messages.get("index.formats", String.join(", ", names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }

    private String stage(Questionnaire q, String id) {
        return PlaceNames.stage(messages, q, id);
    }
}
