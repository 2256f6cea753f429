package de.smartregion.load;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Problems;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import java.util.List;
import java.util.Objects;

/**
 * Where the questionnaire of an answer file comes from: the one given with {@code -q}, or else the bundled one
 * the file names.
 */
public final class QuestionnaireSource {

    private final List<Questionnaire> given;
    private final QuestionnaireRegistry registry;

    private QuestionnaireSource(List<Questionnaire> given, QuestionnaireRegistry registry) {
        this.given = List.copyOf(given);
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public static QuestionnaireSource bundled(QuestionnaireRegistry registry) {
        return new QuestionnaireSource(List.of(), registry);
    }

    public static QuestionnaireSource given(Questionnaire questionnaire, QuestionnaireRegistry registry) {
        return new QuestionnaireSource(List.of(questionnaire), registry);
    }

    /** Several questionnaires given with -q, such as two versions of one for a trend. */
    public static QuestionnaireSource given(List<Questionnaire> questionnaires, QuestionnaireRegistry registry) {
        return new QuestionnaireSource(questionnaires, registry);
    }

    /** The single questionnaire given with -q, or null when none or several were given. */
    public Questionnaire explicit() {
        return given.size() == 1 ? given.get(0) : null;
    }

    /** Whether -q was given: an answer file then need not name its questionnaire. */
    boolean hasGiven() {
        return !given.isEmpty();
    }

    /** The questionnaire for {@code ref} (null: the file names none); reports a mismatch at {@code at}. */
    Questionnaire resolve(QuestionnaireRef ref, Location at, Problems problems) throws InvalidInputException {
        if (!given.isEmpty()) {
            if (ref == null) {
                if (given.size() == 1) {
                    return given.get(0);
                }
                problems.add(at, "key.missing", "questionnaire", "assessment");
                return null;
            }
            for (Questionnaire q : given) {
                if (ref.matches(q.id(), q.version())) {
                    return q;
                }
            }
            List<String> names = new java.util.ArrayList<>();
            for (Questionnaire q : given) {
                names.add(q.toString());
            }
            problems.add(at, "questionnaire.mismatch", ref.toString(), String.join(", ", names));
            return null;
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
