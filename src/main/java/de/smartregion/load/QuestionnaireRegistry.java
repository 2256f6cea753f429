package de.smartregion.load;

import de.smartregion.input.InvalidInputException;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaires packed into the jar under {@code /questionnaires/ID.yaml}. Each is loaded on first use and
 * kept, so that comparing thousands of answer files parses it once.
 */
public final class QuestionnaireRegistry {

    /** The ids of the bundled questionnaires; kept in step with the files in {@code questionnaires/}. */
    public static final List<String> BUNDLED = List.of("smart-region");

    private static final String ROOT = "/questionnaires/";

    private static final QuestionnaireRegistry SHARED = new QuestionnaireRegistry();

    /** Guarded by this registry's lock (see {@link #find}). */
    private final Map<String, Questionnaire> loaded = new HashMap<>();

    /** The registry of this process: a bundled questionnaire is loaded once, however many commands ask. */
    public static QuestionnaireRegistry shared() {
        return SHARED;
    }

    /**
     * Starts loading a bundled questionnaire on a background thread, so that on two cores it overlaps with the
     * JVM's and the command line's own start-up; {@link #find} waits for it. Errors are left for {@link #find}.
     */
    public void preload(String id) {
        Thread t = new Thread(() -> {
            try {
                find(new QuestionnaireRef(id, null));
            } catch (InvalidInputException | RuntimeException e) {
                // find() reports it when the command asks
            }
        }, "smartregion-questionnaire");
        t.setDaemon(true);
        t.start();
    }

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
