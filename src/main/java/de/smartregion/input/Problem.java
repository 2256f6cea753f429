package de.smartregion.input;

import de.smartregion.text.UserText;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with an input file. The message is a key into the message bundle, so that it can be shown in
 * the user's language; {@code args} fill its placeholders. Arguments are kept as {@link UserText#shown} makes them,
 * so that a value quoted from the file can neither span lines nor carry megabytes into every message and report
 * that names it (a batch run keeps the problems of every skipped file).
 */
public record Problem(Location location, String key, List<Object> args) {
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(key, "key");
        args = args.stream().map(UserText::shown).toList();
    }
}
