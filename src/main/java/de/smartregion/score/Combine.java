package de.smartregion.score;

import java.util.Arrays;

/** How the scores of several respondents to one question become one score. */
public enum Combine {
    /** Robust against a single outlying respondent; the default. */
    MEDIAN("median"),
    MEAN("mean");

    private final String id;

    Combine(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Combines {@code n} (at least 1) values from the start of {@code values}; may reorder them. */
    double apply(double[] values, int n) {
        if (this == MEAN) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[i];
            }
            return sum / n;
        }
        Arrays.sort(values, 0, n);
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
