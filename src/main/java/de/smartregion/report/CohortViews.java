package de.smartregion.report;

import de.smartregion.compare.CohortPlacement;
import de.smartregion.compare.PeerPosition;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.model.Text;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * The section a report of a whole cohort adds: the index, every field and every thesis placed among the cohort and
 * the peer group, with the medians beside each score.
 */
final class CohortViews {

    /**
     * The fewest municipalities a percentile is shown among. Lower than on the first page: this section is for the
     * reader who compares, and among two a percentile (0 or 100) still says which is ahead; among one, nothing.
     */
    static final int MIN_FOR_PERCENTILES = 2;

    private final Messages messages;
    private final NumberFormats numbers;
    /** Whether a percentile was left out because a single municipality has the score. */
    private boolean lone;

    CohortViews(Messages messages, NumberFormats numbers) {
        this.messages = messages;
        this.numbers = numbers;
    }

    /** @return null when the report is not one of a whole cohort */
    ReportView.CohortSection build(Result r, CohortPlacement placement) {
        if (placement == null) {
            return null;
        }
        Questionnaire q = r.questionnaire();
        int decimals = q.scoring().rounding();
        PeerPosition cohort = placement.cohort();
        PeerPosition group = placement.peerGroup();
        boolean percentiles = cohort.peers() >= MIN_FOR_PERCENTILES;
        boolean groupPercentiles = group != null && group.peers() >= MIN_FOR_PERCENTILES;
        List<ReportView.CohortLine> rows = new ArrayList<>();
        rows.add(line(messages.get("report.overall"), r.overall().score(), cohort.overall(),
                group == null ? null : group.overall(), decimals, percentiles, groupPercentiles));
        for (int f = 0; f < r.fields().size(); f++) {
            Result.FieldResult field = r.fields().get(f);
            rows.add(line(text(field.field().title(), q), field.score(), cohort.fields().get(f),
                    group == null ? null : group.fields().get(f), decimals, percentiles, groupPercentiles));
        }
        for (int t = 0; t < r.theses().size(); t++) {
            Result.ThesisResult thesis = r.theses().get(t);
            rows.add(line(messages.get("report.cohort.thesis", text(thesis.thesis().title(), q)), thesis.score(),
                    cohort.theses().get(t), group == null ? null : group.theses().get(t), decimals, percentiles,
                    groupPercentiles));
        }
        String all = numbers.grouped(cohort.peers());
        String groupName = group == null ? "" : PlaceNames.group(messages, placement.group());
        String lead = group == null
                ? messages.get(cohort.peers() == 1 ? "report.cohort.lead.one" : "report.cohort.lead",
                        messages.count(cohort.peers(), all), r.period())
                : messages.get(group.peers() == 1 ? "report.cohort.lead.group.one" : "report.cohort.lead.group",
                        messages.count(cohort.peers(), all), r.period(),
                        messages.get("compare.by." + placement.groupBy().id()), groupName,
                        messages.count(group.peers(), numbers.grouped(group.peers())));
        List<String> notes = new ArrayList<>();
        notes.add(messages.get("report.glance.peers.note.ranks"));
        if (percentiles || groupPercentiles) {
            notes.add(messages.get("report.cohort.percentile.note"));
        }
        if (lone || !percentiles || group != null && !groupPercentiles) {
            notes.add(messages.get("report.cohort.percentile.few"));
        }
        notes.add(messages.get("report.cohort.median.note"));
        return new ReportView.CohortSection(messages.get("report.cohort.heading"), lead, groupName, group != null,
                percentiles, groupPercentiles, rows, notes);
    }

    private ReportView.CohortLine line(String label, Double score, PeerPosition.Place cohort,
                                       PeerPosition.Place group, int decimals, boolean percentiles,
                                       boolean groupPercentiles) {
        return new ReportView.CohortLine(label, score(score, decimals), rank(cohort),
                percentiles ? percentile(cohort) : "", score(cohort.median(), decimals),
                group == null ? "" : rank(group), group != null && groupPercentiles ? percentile(group) : "",
                group == null ? "" : score(group.median(), decimals));
    }

    private String rank(PeerPosition.Place place) {
        return place.rank() == null ? messages.get("report.none")
                : messages.get("report.glance.of", place.rank(), place.of());
    }

    /** Empty where fewer than {@link #MIN_FOR_PERCENTILES} have the score, so that a lone score is no "100". */
    private String percentile(PeerPosition.Place place) {
        if (place.of() < MIN_FOR_PERCENTILES) {
            lone = true;
            return "";
        }
        return place.percentile() == null ? messages.get("report.none") : numbers.fixed(place.percentile(), 0);
    }

    private String score(Double score, int decimals) {
        return score == null ? messages.get("report.none") : numbers.fixed(score, decimals);
    }

    private String text(Text t, Questionnaire q) {
        return t == null ? "" : t.in(messages.language(), q.defaultLanguage());
    }
}
