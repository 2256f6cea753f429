package de.smartregion.load;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The questionnaires packed into the jar under {@code /questionnaires/ID.yaml}. Each is loaded on first use and
 * kept, so that comparing thousands of answer files parses it once.
 */
public final class QuestionnaireRegistry {

    /** The ids of the bundled questionnaires; kept in step with the files in {@code questionnaires/}. */
    public static final List<String> BUNDLED = List.of("smart-region");

    private static final String ROOT = "/questionnaires/";

    private final Map<String, Questionnaire> loaded = new ConcurrentHashMap<>();

    public List<String> ids() {
        return BUNDLED;
    }

    /**
     * The bundled questionnaire with the ref's id; null when there is none with that id. Synchronized so that
     * loader threads share one instance: a batch checks that its files answer the same questionnaire by identity.
     */
    public synchronized Questionnaire find(QuestionnaireRef ref) throws InvalidInputException {
        if (!BUNDLED.contains(ref.id())) {
            return null;
        }
        Questionnaire q = loaded.get(ref.id());
        if (q == null) {
            q = QuestionnaireLoader.load("questionnaires/" + ref.id() + ".yaml", bytes(ref.id()));
            loaded.put(ref.id(), q);
        }
        return q;
    }

    private static byte[] bytes(String id) {
        try (InputStream in = QuestionnaireRegistry.class.getResourceAsStream(ROOT + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("bundled questionnaire missing from the jar: " + id);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
