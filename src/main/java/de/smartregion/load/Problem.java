package de.smartregion.load;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with an input file. The message is a key into the message bundle, so that it can be shown in
 * the user's language; {@code args} fill its placeholders.
 */
public record Problem(Location location, String key, List<Object> args) {
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }
}
