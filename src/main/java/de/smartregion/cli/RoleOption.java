package de.smartregion.cli;

import de.smartregion.input.Suggest;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Role;

/** A {@code --role} given on the command line: a declared role's id or one of its labels, as in answer files. */
final class RoleOption {

    private RoleOption() {
    }

    /** The role {@code given} names; a usage error with the nearest name when it names none. */
    static Role named(Questionnaire q, String given) throws UsageException {
        if (q.roles().isEmpty()) {
            throw new UsageException("cli.role-without-roles", q.toString());
        }
        Role named = q.roleNamed(given);
        if (named != null) {
            return named;
        }
        String nearest = Suggest.nearest(given, q.roleNames());
        throw nearest == null
                ? new UsageException("cli.role-unknown", given, q.toString(), String.join(", ", q.roleIds()))
                : new UsageException("cli.role-unknown.suggest", given, q.toString(), nearest);
    }

    /**
     * The role of a respondent who fills in a skeleton or workbook: the one given with --role, by id or label;
     * without it the accountable role, else the first declared (null when the questionnaire declares none).
     */
    static Role respondent(Questionnaire q, String given) throws UsageException {
        if (given == null) {
            return q.accountableRole() != null ? q.accountableRole() : q.roles().isEmpty() ? null : q.roles().get(0);
        }
        return named(q, given);
    }
}
