package de.smartregion.model;

import java.util.List;

/**
 * Something a reader of the result should know, such as low coverage.
 *
 * @param code stable identifier, also the message key
 * @param args values for the message; rendered in the report's language
 */
public record Warning(String code, List<Object> args) {
    public Warning {
        args = List.copyOf(args);
    }
}
