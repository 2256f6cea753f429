package de.smartregion.compare;

import de.smartregion.model.Municipality;
import de.smartregion.model.Result;
import de.smartregion.model.Stage;

/**
 * One municipality and period in a comparison: its scores only, by field and thesis position, so that a cohort of
 * a hundred thousand stays small. Absent scores are NaN.
 */
public record CohortRow(Municipality municipality, String period, double overall, String stage, double coverage,
                        double[] fields, double[] theses) {

    public static CohortRow of(Result r) {
        double[] fields = new double[r.fields().size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = nan(r.fields().get(i).score());
        }
        double[] theses = new double[r.theses().size()];
        for (int i = 0; i < theses.length; i++) {
            theses[i] = nan(r.theses().get(i).score());
        }
        Stage stage = r.overall().stage();
        return new CohortRow(r.municipality(), r.period(), nan(r.overall().score()), stage == null ? null : stage.id(),
                nan(r.overall().coverage()), fields, theses);
    }

    private static double nan(Double d) {
        return d == null ? Double.NaN : d;
    }

    public String id() {
        return municipality.id();
    }
}
