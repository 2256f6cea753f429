package de.smartregion.model;

import java.util.List;

/** How a number answer becomes a score. */
public sealed interface NumberScoring permits NumberScoring.Linear, NumberScoring.Banded {

    /** clamp((x - min) / (max - min), 0, 1); {@code max < min} means lower is better. */
    record Linear(double min, double max) implements NumberScoring {
        public Linear {
            if (min == max) {
                throw new IllegalArgumentException("min and max must differ");
            }
        }
    }

    /** The score of the highest band whose {@code from} is at most the answer. */
    record Banded(List<Band> bands) implements NumberScoring {
        public Banded {
            bands = List.copyOf(bands);
            if (bands.isEmpty()) {
                throw new IllegalArgumentException("bands must not be empty");
            }
        }
    }
}
