import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.model.Level;
import de.smartregion.model.NumberScoring;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import de.smartregion.model.Row;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N synthetic answer files for the bundled smart-region questionnaire, 1,000 per folder, reproducibly
 * (fixed seed): every question type answered validly, about 5 % left out, municipalities of every size and state.
 *
 * Run: java -cp target/smartregion.jar bench/GenerateAnswers.java N DIR
 */
public class GenerateAnswers {

    private static final String[] STATES = {"Bayern", "Baden-Württemberg", "Hessen", "Niedersachsen", "Sachsen",
        "Brandenburg", "Nordrhein-Westfalen", "Thüringen"};
    private static final String[] TYPES = {"Gemeinde", "Stadt", "Landkreis", "Region"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Questionnaire q = new QuestionnaireRegistry().find(new QuestionnaireRef("smart-region", null));
        Random random = new Random(20261126L);
        for (int i = 0; i < n; i++) {
            Path folder = dir.resolve(String.format(Locale.ROOT, "%03d", i / 1000));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "m%06d.yaml", i)), file(q, i, random),
                    StandardCharsets.UTF_8);
        }
    }

    private static String file(Questionnaire q, int i, Random random) {
        StringBuilder y = new StringBuilder(4096);
        y.append("kind: assessment\n");
        y.append("questionnaire: ").append(q.id()).append('@').append(q.version()).append('\n');
        y.append("municipality:\n");
        y.append(String.format(Locale.ROOT, "  id: \"%08d\"\n", 10_000_000 + i));
        y.append("  name: Gemeinde ").append(i).append('\n');
        y.append("  state: ").append(STATES[random.nextInt(STATES.length)]).append('\n');
        y.append("  type: ").append(TYPES[random.nextInt(TYPES.length)]).append('\n');
        y.append("  population: ").append((long) Math.exp(6 + random.nextDouble() * 7)).append('\n');
        y.append("period: 2026\n");
        y.append("respondent: {role: administration}\n");
        y.append("answers:\n");
        double maturity = random.nextDouble();
        for (Question question : q.questions()) {
            // the administration's file: the perceptions asked of other groups are theirs to answer
            if (!question.basics().askedOf("administration") || random.nextDouble() < 0.05) {
                continue;
            }
            if (question.basics().naAllowed() && random.nextDouble() < 0.1) {
                y.append("  ").append(question.id()).append(": n/a\n");
                continue;
            }
            y.append("  ").append(question.id()).append(": ").append(answer(question, maturity, random))
                    .append('\n');
        }
        return y.toString();
    }

    /** An answer whose level follows the municipality's maturity, with noise. */
    private static String answer(Question question, double maturity, Random random) {
        double p = Math.max(0, Math.min(0.999, maturity + random.nextGaussian() * 0.25));
        if (question instanceof Question.Scale s) {
            List<Level> levels = s.levels();
            return plain(levels.get((int) (p * levels.size())).value());
        } else if (question instanceof Question.Choice c) {
            return c.options().get((int) (p * c.options().size())).id();
        } else if (question instanceof Question.Bool) {
            return p > 0.5 ? "yes" : "no";
        } else if (question instanceof Question.Multi m) {
            return "[" + String.join(", ", pick(m.options(), p, random)) + "]";
        } else if (question instanceof Question.Number n) {
            if (n.scoring() instanceof NumberScoring.Linear l) {
                double lo = Math.min(l.min(), l.max());
                double hi = Math.max(l.min(), l.max());
                return plain(Math.round((lo + p * (hi - lo)) * 10) / 10.0);
            }
            List<de.smartregion.model.Band> bands = ((NumberScoring.Banded) n.scoring()).bands();
            int band = (int) (p * bands.size());
            double from = bands.get(band).from();
            double to = band + 1 < bands.size() ? bands.get(band + 1).from() : from * 1.5 + 10;
            double value = from + random.nextDouble() * (to - from);
            if ("%".equals(n.unit())) {
                value = Math.min(100, value);
            }
            return plain(Math.round(value * 10) / 10.0);
        } else {
            Question.Matrix x = (Question.Matrix) question;
            List<String> rows = new ArrayList<>();
            for (Row row : x.rows()) {
                if (x.many()) {
                    rows.add(row.id() + ": [" + String.join(", ", pick(x.options(), p, random)) + "]");
                } else {
                    rows.add(row.id() + ": " + x.options().get((int) (p * x.options().size())).id());
                }
            }
            return "{" + String.join(", ", rows) + "}";
        }
    }

    private static List<String> pick(List<Option> options, double p, Random random) {
        List<String> chosen = new ArrayList<>();
        for (Option o : options) {
            if (!o.exclusive() && o.weight() > 0 && random.nextDouble() < p) {
                chosen.add(o.id());
            }
        }
        if (chosen.isEmpty()) {
            for (Option o : options) {
                if (o.exclusive()) {
                    chosen.add(o.id());
                    break;
                }
            }
        }
        return chosen;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
