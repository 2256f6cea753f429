package de.smartregion.cli;

import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import de.smartregion.model.Role;
import de.smartregion.text.Language;
import de.smartregion.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What {@code init} and {@code workbook} resolve alike for a form to fill in: its questionnaire (the bundled one
 * without -q), language (the questionnaire's first without --lang), period (the current year without --period) and
 * the respondent's role.
 */
record FillIn(Questionnaire questionnaire, Messages messages, String period, Role role) {

    /** The questionnaire a form is for when -q is not given. */
    static final String DEFAULT_QUESTIONNAIRE = "smart-region";

    static FillIn resolve(String command, QuestionnaireOption option, String lang, String period, String role)
            throws Exception {
        QuestionnaireRegistry registry = QuestionnaireRegistry.shared();
        QuestionnaireSource source = option.resolve(registry);
        if (option.values.size() > 1) {
            throw new UsageException("cli.one-questionnaire", command);
        }
        Questionnaire q = source.explicit() != null ? source.explicit()
                : registry.find(new QuestionnaireRef(DEFAULT_QUESTIONNAIRE, null));
        String language = lang != null ? lang : q.defaultLanguage();
        if (Language.of(language) == null) {
            throw new UsageException("cli.lang-unsupported", language, Language.codes());
        }
        // the loader's own rule: a form that would not validate is refused before it is written
        if (period != null && !AssessmentLoader.isPeriod(period)) {
            throw new UsageException("cli.period-invalid", period);
        }
        String p = period != null ? period : Integer.toString(LocalDate.now(ZoneOffset.UTC).getYear());
        return new FillIn(q, Messages.of(language), p, RoleOption.respondent(q, role));
    }

    /** The file may be half filled in already: it is never replaced unasked. */
    static void refuseToReplace(String output, boolean force) throws UsageException {
        if (!Output.isStdout(output) && Files.isRegularFile(Path.of(output)) && !force) {
            throw new UsageException("cli.init-exists", output);
        }
    }
}
