import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.QuestionnaireLoader;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import de.smartregion.score.Scorer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The time of scoring alone (impacts included) for one field of N questions, answered 90 %: the impact of every
 * question used to re-score its whole field, which made this quadratic in the size of a field.
 *
 * Run: java -cp target/smartregion.jar bench/ScoreField.java [N] [ROUNDS]
 */
public class ScoreField {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Random random = new Random(1);
        StringBuilder q = new StringBuilder("kind: questionnaire\nid: big\nversion: \"1\"\ntitle: Big\n"
                + "theses:\n  - {id: integrated, title: Integrated}\nfields:\n  - id: f\n    title: F\n    questions:\n");
        StringBuilder a = new StringBuilder("kind: assessment\nquestionnaire: big@1\n"
                + "municipality: {id: \"1\", name: Big}\nperiod: 2026\nanswers:\n");
        String[] weights = {"1", "2", "0.5", "0.3"};
        for (int i = 0; i < n; i++) {
            q.append("      - {id: q").append(i).append(", type: scale, text: Q, weight: ")
                    .append(weights[random.nextInt(weights.length)]).append(", theses: [integrated]}\n");
            if (random.nextInt(10) < 9) {
                a.append("  q").append(i).append(": ").append(random.nextInt(5)).append('\n');
            }
        }
        Questionnaire questionnaire = QuestionnaireLoader.load("big.yaml", q.toString().getBytes(StandardCharsets.UTF_8));
        Assessment assessment = AssessmentLoader.load("big-answers.yaml", a.toString().getBytes(StandardCharsets.UTF_8),
                QuestionnaireSource.given(questionnaire, QuestionnaireRegistry.shared())).assessment();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            Result result = Scorer.score(questionnaire, List.of(assessment), Combine.MEDIAN);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("N=%d round %d: %d ms (overall %.4f, %d priorities)%n", n, r + 1, ms,
                    result.overall().score(), result.priorities().size());
        }
    }
}
