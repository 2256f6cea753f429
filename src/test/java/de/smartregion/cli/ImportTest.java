package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Survey exports into answer files, on the all-types questionnaire; the na of s1 is allowed by a variant. */
class ImportTest {

    private static final String Q = "src/test/resources/score/all-types.yaml";
    private static final String SURVEY = "src/test/resources/survey/";

    private static Path questionnaireWithNa(Path dir) throws IOException {
        Path q = dir.resolve("q.yaml");
        Files.writeString(q, Files.readString(Path.of(Q)).replace("effort: low}", "effort: low, na: true}"));
        return q;
    }

    private static List<Path> files(Path dir) throws IOException {
        // the answer files; the questionnaire's schema for editors stands beside them
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void semicolonsBomDecimalCommaMappingAndRoles(@TempDir Path dir) throws IOException {
        Path q = questionnaireWithNa(dir);
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", SURVEY + "semicolon.csv", "-q", q.toString(), "--municipality", "01",
                "--name", "Testdorf", "--period", "2026", "--map", SURVEY + "map.yaml", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(files(out)).extracting(p -> p.getFileName().toString())
                .containsExactly("01-2026-001-citizens.yaml", "01-2026-002-council.yaml", "01-2026-003.yaml");
        String citizens = Files.readString(out.resolve("01-2026-001-citizens.yaml"));
        assertThat(citizens).contains("  role: citizens\n", "  s1: 3\n", "  c1: some\n", "  b1: true\n",
                "  m1:\n    - portal\n    - app\n", "  n1: 12.5\n", "  x1:\n    cloud:\n      - invested\n      - planned\n",
                "  x2:\n    a: \"yes\"\n", "# Importiert aus semicolon.csv, Zeile 2\n");
        assertThat(Files.readString(out.resolve("01-2026-002-council.yaml"))).contains("  s1: n/a\n", "  b1: false\n")
                .doesNotContain("  m1:");
        // the files are valid answer files: the three respondents combine
        CliRun assess = CliRun.run("assess", "-q", q.toString(), out.resolve("01-2026-001-citizens.yaml").toString(),
                out.resolve("01-2026-002-council.yaml").toString(), out.resolve("01-2026-003.yaml").toString(),
                "-f", "json");
        assertThat(assess.exitCode()).as(assess.describe()).isZero();
        // s1: 0.75 (citizens) and 1 (third row), council n/a: median 0.875, spread 0.25
        assertThat(assess.out()).contains("\"id\": \"s1\"", "\"score\": 0.88", "\"spread\": 0.25");
    }

    @Test
    void importingAgainWritesTheSameBytes(@TempDir Path dir) throws IOException {
        Path q = questionnaireWithNa(dir);
        String[] args = {"import", SURVEY + "semicolon.csv", "-q", q.toString(), "--municipality", "01",
            "--period", "2026", "--map", SURVEY + "map.yaml", "-o", dir.resolve("out").toString()};
        assertThat(CliRun.run(args).exitCode()).isZero();
        List<String> first = Files.readAllLines(dir.resolve("out/01-2026-001-citizens.yaml"));
        assertThat(CliRun.run(args).exitCode()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/01-2026-001-citizens.yaml"))).isEqualTo(first);
        assertThat(files(dir.resolve("out"))).hasSize(3);
    }

    @Test
    void quotedCellsWithCommasAndQuotes(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("import", SURVEY + "comma.csv", "-q", Q, "--municipality", "01", "--period", "2026",
                "-o", dir.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.readString(files(dir).get(0))).contains("  role: \"citizens, \\\"young\\\"\"\n");
        assertThat(CliRun.run("validate", "-q", Q, files(dir).get(0).toString()).exitCode()).isZero();
    }

    @Test
    void unknownColumnsAndInvalidCellsNameRowAndColumn(@TempDir Path dir) {
        CliRun run = CliRun.run("import", SURVEY + "bad.csv", "-q", Q, "--municipality", "01", "--period", "2026",
                "-o", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(SURVEY + "bad.csv:1:9: column 'c2' is no question of the questionnaire; "
                + "did you mean 'c1'?");
        assertThat(dir.resolve("out")).doesNotExist();
        Path fixed = dir.resolve("bad-cells.csv");
        CliRun cells;
        try {
            Files.writeString(fixed, "role,s1,c1,b1\ncitizens,7,som,maybe\n");
            cells = CliRun.run("import", fixed.toString(), "-q", Q, "--municipality", "01", "--period", "2026",
                    "-o", dir.resolve("out").toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(cells.exitCode()).isEqualTo(3);
        assertThat(cells.errLines()).containsExactly(
                fixed + ":2:10: 7 is not a level of 's1'; levels: 0, 1, 2, 3, 4",
                fixed + ":2:12: unknown option 'som' for 'c1'; did you mean 'some'?",
                fixed + ":2:16: 'maybe' is not an answer to yes/no question 'b1'; use yes or no");
    }

    /** A survey gives roles as labels in either language; the files carry the ids, a misspelt role is located. */
    @Test
    void rolesGivenByLabelBecomeIdsAndAMisspeltOneIsLocated(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("survey.csv");
        Files.writeString(csv, "role,par-view-feedback,str-view-strategy-known\nBürgerschaft,2,3\nBusinesses,4,n/a\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", csv.toString(), "--municipality", "01", "--name", "Testdorf", "--period",
                "2026", "-q", "smart-region", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(files(out)).extracting(p -> p.getFileName().toString())
                .containsExactly("01-2026-001-citizens.yaml", "01-2026-002-businesses.yaml");
        assertThat(Files.readString(out.resolve("01-2026-001-citizens.yaml"))).contains("  role: citizens\n");
        Files.writeString(csv, "role,par-view-feedback\nBürgerschft,2\n");
        CliRun bad = CliRun.run("import", csv.toString(), "--municipality", "01", "--period", "2026",
                "-q", "smart-region", "-o", dir.resolve("bad").toString());
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.errLines()).containsExactly(csv + ":2:1: unknown role 'Bürgerschft'; did you mean 'Bürgerschaft'?");
        assertThat(dir.resolve("bad")).doesNotExist();
    }

    /** A citizens' survey without a role column: --role gives every row the group. */
    @Test
    void aSurveyWithoutARoleColumnTakesTheRoleGiven(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("survey.csv");
        Files.writeString(csv, "par-view-feedback,str-view-strategy-known\n2,3\n4,n/a\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", csv.toString(), "--municipality", "01", "--period", "2026",
                "-q", "smart-region", "--role", "Bürgerschaft", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(files(out)).extracting(p -> p.getFileName().toString())
                .containsExactly("01-2026-001-citizens.yaml", "01-2026-002-citizens.yaml");
        CliRun bad = CliRun.run("import", csv.toString(), "--municipality", "01", "--period", "2026",
                "-q", "smart-region", "--role", "citizen", "-o", dir.resolve("bad").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(bad.err()).contains("did you mean 'citizens'?");
    }

    /**
     * The survey tools' own columns are read past: LimeSurvey's codes (id, submitdate, lastpage, startlanguage,
     * seed), Microsoft Forms' German headings and Google Forms' time stamp; the answers are imported as without them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"id,submitdate,lastpage,startlanguage,seed", "ID,Startzeit,Fertigstellungszeit,E-Mail,Name",
        "Zeitstempel,E-Mail-Adresse,Punkte,Timestamp,Email Address"})
    void theMetadataColumnsOfSurveyToolsAreReadPast(String metadata, @TempDir Path dir) throws IOException {
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, metadata + ",par-view-feedback,str-view-strategy-known\n"
                + "1,2026-11-02 10:15:00,3,de,4711,2,3\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", csv.toString(), "--municipality", "01", "--period", "2026",
                "-q", "smart-region", "--role", "citizens", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String file = Files.readString(out.resolve("01-2026-001-citizens.yaml"));
        assertThat(file).contains("  par-view-feedback: 2\n", "  str-view-strategy-known: 3\n")
                .doesNotContain("4711", "submitdate");
    }

    /** LimeSurvey leaves submitdate empty for a response someone gave up on: left out and counted, unless asked. */
    @Test
    void unfinishedLimeSurveyResponsesAreLeftOutAndCounted(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("limesurvey.csv");
        Files.writeString(csv, "id,submitdate,lastpage,par-view-feedback\n1,2026-11-02 10:15:00,3,2\n2,,1,5\n"
                + "3,2026-11-03 09:00:00,3,4\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run(CliRun.GERMAN, "import", csv.toString(), "--municipality", "01", "--period", "2026",
                "-q", "smart-region", "--role", "citizens", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(files(out)).hasSize(2);
        assertThat(run.err()).contains("unvollständige Antworten (ohne Datum des Absendens) sind ausgelassen: 1");
        Path all = dir.resolve("all");
        CliRun with = CliRun.run("import", csv.toString(), "--municipality", "01", "--period", "2026",
                "-q", "smart-region", "--role", "citizens", "--include-incomplete", "-o", all.toString());
        assertThat(with.exitCode()).as(with.describe()).isZero();
        assertThat(files(all)).hasSize(3);
        assertThat(Files.readString(all.resolve("01-2026-002-citizens.yaml"))).contains("  par-view-feedback: 5\n");
    }

    /** Columns of a tool the import does not know are named under ignore: in the map file. */
    @Test
    void theMapNamesFurtherColumnsToReadPast(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, "Teilnehmer-Nr.,Quelle,par-view-feedback\n17,Aushang,2\n");
        Path map = dir.resolve("map.yaml");
        Files.writeString(map, "ignore: [\"Teilnehmer-Nr.\", Quelle]\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", csv.toString(), "--municipality", "01", "--period", "2026",
                "-q", "smart-region", "--role", "citizens", "--map", map.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.readString(out.resolve("01-2026-001-citizens.yaml"))).contains("  par-view-feedback: 2\n")
                .doesNotContain("Aushang");
        // without the map the unknown columns are located problems, as before
        CliRun without = CliRun.run("import", csv.toString(), "--municipality", "01", "--period", "2026",
                "-q", "smart-region", "--role", "citizens", "-o", dir.resolve("no").toString());
        assertThat(without.exitCode()).isEqualTo(3);
        assertThat(without.err()).contains(csv + ":1:1: column 'Teilnehmer-Nr.' is no question");
    }
}
