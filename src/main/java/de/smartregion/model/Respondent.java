package de.smartregion.model;

/**
 * Who answered: a role id (one the questionnaire declares, when it declares roles) and optionally a name; either
 * may be null.
 */
public record Respondent(String role, String name) {
}
