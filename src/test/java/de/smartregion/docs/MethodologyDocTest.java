package de.smartregion.docs;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import de.smartregion.score.Scorer;
import de.smartregion.testing.Fixtures;
import de.smartregion.text.NumberFormats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/methodology.md is scored by the real code, and every number of its results table must
 * match: the explanation a council member reads cannot drift from what the tool computes.
 */
class MethodologyDocTest {

    private static final String DOC = Fixtures.read("docs/methodology.md");

    private static String block(String name) {
        Matcher m = Pattern.compile("<!-- example: " + name + " -->\\s*```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(DOC);
        assertThat(m.find()).as("example block " + name).isTrue();
        return m.group(1);
    }

    private static Map<String, String> resultsTable() {
        int start = DOC.indexOf("<!-- example: results -->");
        assertThat(start).isPositive();
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : DOC.substring(start).split("\n")) {
            Matcher m = Pattern.compile("^\\| ([^|]+) \\| ([^|]+) \\|$").matcher(line);
            if (m.matches() && !m.group(1).equals("Größe")) {
                rows.put(m.group(1).strip(), m.group(2).strip());
            } else if (!rows.isEmpty() && !line.startsWith("|")) {
                break;
            }
        }
        return rows;
    }

    @Test
    void theWorkedExampleMatchesTheCode() {
        Questionnaire q = Fixtures.questionnaire(block("questionnaire"));
        Result r = Scorer.score(q, List.of(Fixtures.assessment(q, block("answers"))), Combine.MEDIAN);
        NumberFormats de = new NumberFormats("de");
        Map<String, String> computed = new LinkedHashMap<>();
        computed.put("Verwaltung", de.fixed(r.fields().get(0).score(), 1));
        computed.put("Strategie & Beteiligung", de.fixed(r.fields().get(1).score(), 1));
        computed.put("Gesamtindex", de.fixed(r.overall().score(), 1));
        computed.put("Reifestufe", r.overall().stage().label().in("de", "de"));
        computed.put("Abdeckung", de.fixed(100 * r.overall().coverage(), 0) + " %");
        computed.put("Integriert", de.fixed(r.theses().get(0).score(), 1));
        computed.put("Partizipativ", de.fixed(r.theses().get(1).score(), 1));
        computed.put("Umsetzbar", de.fixed(r.theses().get(2).score(), 1));
        computed.put("Strategie trägt", r.strategyWorks() ? "ja" : "nein");
        computed.put("Wirkung Terminvergabe", de.fixed(impact(r, "termine"), 2));
        computed.put("Wirkung Maßnahmenplan", de.fixed(impact(r, "plan"), 2));
        computed.put("Wirkung Formate", de.fixed(impact(r, "formate"), 2));
        computed.put("Wirkung Online-Anteil", de.fixed(impact(r, "online-anteil"), 2));
        for (int i = 0; i < r.priorities().size(); i++) {
            Result.Priority p = r.priorities().get(i);
            computed.put("Priorität " + (i + 1), p.question().basics().text().in("de", "de") + " ("
                    + de.fixed(p.priority(), 2) + ")");
        }
        assertThat(resultsTable()).isEqualTo(computed);
    }

    private static double impact(Result r, String id) {
        return r.questions().stream().filter(q -> q.question().id().equals(id)).findFirst().orElseThrow().impact();
    }
}
