package de.smartregion.model;

import java.util.List;
import java.util.Objects;

/** A field of action (Handlungsfeld), such as administration or mobility. */
public record Field(String id, Text title, Text description, double weight, Aggregation aggregate,
                    List<Question> questions) {
    public Field {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(aggregate, "aggregate");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("field weight must be positive: " + weight);
        }
        questions = List.copyOf(questions);
    }
}
