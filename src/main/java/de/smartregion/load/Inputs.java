package de.smartregion.load;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Node;
import de.smartregion.input.Problem;
import de.smartregion.input.Problems;
import de.smartregion.input.YamlReader;
import de.smartregion.model.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads input files from disk and loads them by their {@code kind}. */
public final class Inputs {

    private Inputs() {
    }

    /** A loaded input file of either kind. */
    public sealed interface Loaded permits OfQuestionnaire, OfAssessment {
    }

    public record OfQuestionnaire(Questionnaire questionnaire) implements Loaded {
    }

    /**
     * @param warnings what is valid but read otherwise by other tools, such as an unquoted {@code id: 09999001};
     *     located, in file order
     */
    public record OfAssessment(LoadedAssessment assessment, List<Problem> warnings) implements Loaded {
        public OfAssessment {
            warnings = List.copyOf(warnings);
        }
    }

    /** The file's bytes; a missing file or a directory is reported as a problem of the file. */
    public static byte[] read(Path path) throws InvalidInputException {
        String file = path.toString();
        // one open and read, no separate stat: a batch reads a hundred thousand of these
        try (InputStream in = Files.newInputStream(path)) {
            return readLimited(in, file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(new Problem(Location.of(file), "cli.no-such-file", List.of())));
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw new InvalidInputException(List.of(new Problem(Location.of(file), "cli.not-a-file",
                        List.of())));
            }
            throw new InvalidInputException(List.of(new Problem(Location.of(file), "cli.cannot-read-reason",
                    List.of(String.valueOf(e.getMessage())))));
        }
    }

    /** At most the size limit and one byte more, so that an oversized input is refused without reading it all. */
    private static byte[] readLimited(InputStream in, String file) throws IOException, InvalidInputException {
        byte[] bytes = in.readNBytes(YamlReader.MAX_BYTES + 1);
        if (bytes.length > YamlReader.MAX_BYTES) {
            throw new InvalidInputException(List.of(new Problem(new Location(file, 1, 1), "yaml.too-large",
                    List.of("> " + YamlReader.MAX_BYTES, YamlReader.MAX_BYTES))));
        }
        return bytes;
    }

    public static Questionnaire questionnaire(Path path) throws InvalidInputException {
        return QuestionnaireLoader.load(path.toString(), read(path));
    }

    public static LoadedAssessment assessment(Path path, QuestionnaireSource source) throws InvalidInputException {
        return AssessmentLoader.load(path.toString(), read(path), source);
    }

    /** The name under which an answer file read from standard input ("-") appears in messages. */
    public static final String STDIN = "<stdin>";

    /** Reads all of a stream, such as standard input, within the size limit. */
    public static byte[] read(java.io.InputStream in) throws InvalidInputException {
        try {
            return readLimited(in, STDIN);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(Location.of(STDIN), "cli.cannot-read-reason",
                    List.of(String.valueOf(e.getMessage())))));
        }
    }

    /** Loads a questionnaire or an answer file, whichever its {@code kind} says it is. */
    public static Loaded any(Path path, QuestionnaireSource source) throws InvalidInputException {
        return any(path.toString(), read(path), source);
    }

    /** As {@link #any(Path, QuestionnaireSource)}, for bytes already read, such as standard input. */
    public static Loaded any(String file, byte[] bytes, QuestionnaireSource source) throws InvalidInputException {
        Problems problems = new Problems();
        Node root = YamlReader.read(file, bytes, problems);
        problems.throwIfAny();
        String kind = root instanceof Node.MapNode m && m.get("kind") instanceof Node.ScalarNode s ? s.text() : null;
        Loaded loaded;
        if ("questionnaire".equals(kind)) {
            Questionnaire q = QuestionnaireLoader.load(root, problems);
            loaded = q == null ? null : new OfQuestionnaire(q);
        } else if ("assessment".equals(kind)) {
            LoadedAssessment a = AssessmentLoader.load(file, root, source, problems);
            loaded = a == null ? null : new OfAssessment(a, NumberLookalikes.in(root, a.questionnaire()));
        } else {
            Location at = root instanceof Node.MapNode m && m.get("kind") != null ? m.get("kind").at() : root.at();
            problems.add(at, "kind.unknown", kind == null ? "" : kind);
            loaded = null;
        }
        problems.throwIfAny();
        return loaded;
    }
}
