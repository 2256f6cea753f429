package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.smartregion.model.Field;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.model.Role;
import de.smartregion.model.Text;
import de.smartregion.model.Warning;
import de.smartregion.score.Combine;
import de.smartregion.score.Plan;
import de.smartregion.score.Scorer;
import de.smartregion.testing.Fixtures;
import de.smartregion.text.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind of warning has a text in German and English and a JSON form the result schema accepts. A new kind fails
 * {@link #aSampleOfEveryKind} until {@link #SAMPLES} holds one, and then every test that does not know it yet.
 */
class EveryWarningKindTest {

    private static final Questionnaire Q = Fixtures.questionnaire("""
            kind: questionnaire
            id: warnings
            version: "1"
            title: {de: Warnungen, en: Warnings}
            languages: [de, en]
            stages:
              - {from: 0, id: starter, label: Starter}
            theses:
              - {id: t, title: T, threshold: 50}
            fields:
              - id: mobility
                title: {de: Mobilität, en: Mobility}
                questions:
                  - {id: q1, type: boolean, text: Q1, theses: [t]}
            """);
    private static final Field FIELD = Q.fields().get(0);

    /** One warning of each kind, with its texts in English and German. */
    private record Sample(Warning warning, String en, String de) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(new Warning.LowCoverage(0.456, 0.8),
                    "Only 46% of the applicable questions are answered (below 80%): the scores rest on incomplete"
                            + " data.",
                    "Nur 46 % der zutreffenden Fragen sind beantwortet (unter 80 %): die Werte beruhen auf"
                            + " unvollständigen Daten."),
            new Sample(new Warning.FieldLowCoverage(FIELD, 0.25),
                    "Field Mobility: only 25% of its applicable questions are answered.",
                    "Handlungsfeld Mobilität: nur 25 % der zutreffenden Fragen sind beantwortet."),
            new Sample(new Warning.FieldUnanswered(FIELD),
                    "Field Mobility: no question is answered, so it has no score and is left out of the index.",
                    "Handlungsfeld Mobilität: keine Frage ist beantwortet; es hat daher keinen Wert und zählt nicht"
                            + " zum Index."),
            new Sample(new Warning.MissingAsZero(1234),
                    "1234 unanswered questions count as 0 (scoring rule missing: zero).",
                    "1234 unbeantwortete Fragen zählen als 0 (Bewertungsregel missing: zero)."),
            new Sample(new Warning.AccountableNotHeard(new Role("administration",
                    Text.of(Map.of("de", "Verwaltung", "en", "Administration")), true)),
                    "The group accountable for the facts, Administration, did not answer: the fact questions are not"
                            + " heard, and the scores rest on the other groups' perceptions alone.",
                    "Die Gruppe Verwaltung, die für die Fakten verantwortlich ist, hat nicht geantwortet: Die Fragen"
                            + " zu den Fakten sind nicht erhoben, und die Werte beruhen allein auf der Sicht der"
                            + " anderen Gruppen."),
            new Sample(new Warning.WithoutRole(1200),
                    "1,200 respondents name no role: their answers count as a group of their own on every question,"
                            + " the facts too. Give respondent.role in their files.",
                    "1.200 Befragte nennen keine Rolle: Ihre Antworten zählen als eigene Gruppe bei jeder Frage, auch"
                            + " bei den Fakten. Geben Sie in ihren Dateien respondent.role an."));

    /** The codes as the result JSON has always written them: scripts and message keys depend on them. */
    private static final Map<Class<?>, String> CODES = Map.of(
            Warning.LowCoverage.class, "low-coverage",
            Warning.FieldLowCoverage.class, "field-low-coverage",
            Warning.FieldUnanswered.class, "field-unanswered",
            Warning.MissingAsZero.class, "missing-as-zero",
            Warning.AccountableNotHeard.class, "accountable-not-heard",
            Warning.WithoutRole.class, "respondents-without-role");

    @Test
    void aSampleOfEveryKind() {
        Set<Class<?>> sampled = SAMPLES.stream().map(s -> s.warning().getClass()).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrder(Warning.class.getPermittedSubclasses());
        assertThat(CODES.keySet()).containsExactlyInAnyOrder(Warning.class.getPermittedSubclasses());
    }

    @Test
    void everyKindKeepsItsCode() {
        for (Sample s : SAMPLES) {
            assertThat(s.warning().code()).isEqualTo(CODES.get(s.warning().getClass()));
        }
        assertThat(SAMPLES.stream().map(s -> s.warning().code()).distinct()).hasSameSizeAs(SAMPLES);
    }

    @Test
    void everyKindHasATextInEveryLanguage() {
        for (Sample s : SAMPLES) {
            assertThat(WarningTexts.text(s.warning(), Messages.of("en"), Q)).isEqualTo(s.en());
            assertThat(WarningTexts.text(s.warning(), Messages.of("de"), Q)).isEqualTo(s.de());
        }
    }

    @Test
    void everyKindHasAJsonFormTheSchemaAccepts() throws IOException {
        Result r = Scorer.score(Q, List.of(Fixtures.assessment(Q, Fixtures.answers(Q, null))), Combine.MEDIAN);
        ObjectNode tree = ResultJson.tree(r, Plan.of(r), Messages.of("en"));
        ArrayNode warnings = tree.putArray("warnings");
        for (Sample s : SAMPLES) {
            ObjectNode json = ResultJson.warning(s.warning(), Messages.of("en"), Q);
            assertThat(json.get("code").asText()).isEqualTo(s.warning().code());
            assertThat(json.get("message").asText()).isEqualTo(s.en());
            assertThat(json.size()).isEqualTo(2);
            warnings.add(json);
        }
        ObjectMapper mapper = new ObjectMapper();
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(mapper.readTree(Path.of("schemas/result.schema.json").toFile())).validate(tree);
        assertThat(errors.stream().map(ValidationMessage::getMessage).toList()).isEmpty();
        String described = mapper.readTree(Path.of("schemas/result.schema.json").toFile())
                .at("/definitions/warning/properties/code/description").asText();
        for (Sample s : SAMPLES) {
            assertThat(described).as("the schema names every code").contains(s.warning().code());
        }
    }
}
