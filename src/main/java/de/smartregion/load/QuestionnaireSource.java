package de.smartregion.load;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import java.util.Objects;

/**
 * Where the questionnaire of an answer file comes from: the one given with {@code -q}, or else the bundled one
 * the file names.
 */
public final class QuestionnaireSource {

    private final Questionnaire explicit;
    private final QuestionnaireRegistry registry;

    private QuestionnaireSource(Questionnaire explicit, QuestionnaireRegistry registry) {
        this.explicit = explicit;
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public static QuestionnaireSource bundled(QuestionnaireRegistry registry) {
        return new QuestionnaireSource(null, registry);
    }

    public static QuestionnaireSource given(Questionnaire questionnaire, QuestionnaireRegistry registry) {
        return new QuestionnaireSource(Objects.requireNonNull(questionnaire, "questionnaire"), registry);
    }

    public Questionnaire explicit() {
        return explicit;
    }

    /** The questionnaire for {@code ref} (null: the file names none); reports a mismatch at {@code at}. */
    Questionnaire resolve(QuestionnaireRef ref, Location at, Problems problems) throws InvalidInputException {
        if (explicit != null) {
            if (ref != null && !ref.matches(explicit.id(), explicit.version())) {
                problems.add(at, "questionnaire.mismatch", ref.toString(), explicit.toString());
                return null;
            }
            return explicit;
        }
        if (ref == null) {
            return null;
        }
        Questionnaire found = registry.find(ref);
        if (found == null) {
            problems.addUnknown(at, "questionnaire.unknown", ref.id(), registry.ids());
            return null;
        }
        if (!ref.matches(found.id(), found.version())) {
            problems.add(at, "questionnaire.version", ref.toString(), found.version());
            return null;
        }
        return found;
    }
}
