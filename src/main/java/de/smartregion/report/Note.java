package de.smartregion.report;

/** A warning in a comparison or trend: a stable code for scripts and a message in the output's language. */
public record Note(String code, String message) {
}
