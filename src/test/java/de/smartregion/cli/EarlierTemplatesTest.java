package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The view model is a contract with users' own templates (docs/templates.md): the bundled templates of an earlier
 * release, given with {@code --templates}, still render, and every line they show is one that today's bundled
 * templates show too. Today's templates show more (the first page, the duties block, the evidence column, the
 * comparison's theses) and lay it out anew, so the outputs are compared line by line as text, not byte by byte: a
 * component renamed, dropped or changed in meaning makes an earlier template fail or show a line today's do not.
 */
class EarlierTemplatesTest {

    /** The bundled templates as of commit 680a682, before the statistics became a list of cells. */
    private static final String EARLIER = "src/test/resources/templates/earlier";

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void earlierTemplatesRenderEveryDocumentAsTodaysDo(String format) {
        for (List<String> command : List.of(
                List.of("assess", "examples/musterstadt-2026.yaml"),
                // an open duty: the block lists it and its measure is marked
                List.of("assess", "examples/erlenried-2026.yaml"),
                List.of("compare", "examples", "--group-by", "state"),
                List.of("trend", "examples/musterstadt-2024.yaml", "examples/musterstadt-2025.yaml",
                        "examples/musterstadt-2026.yaml"))) {
            CliRun today = run(command, format);
            CliRun earlier = run(command, format, "--templates", EARLIER);
            assertThat(today.exitCode()).as(today.describe()).isZero();
            assertThat(earlier.exitCode()).as(earlier.describe()).isZero();
            Set<String> shownToday = lines(today.out(), format);
            List<String> shownEarlier = new ArrayList<>(lines(earlier.out(), format));
            assertThat(shownEarlier).as(String.join(" ", command)).hasSizeGreaterThan(50);
            shownEarlier.removeAll(shownToday);
            shownEarlier.removeAll(DROPPED);
            if (command.get(0).equals("assess")) {
                shownEarlier.removeAll(priorities(command.get(1)));
            }
            if (command.get(0).equals("compare")) {
                shownEarlier.removeAll(smallGroupStatistics(command));
            }
            assertThat(shownEarlier).as(String.join(" ", command) + ": lines the earlier templates show, today's not")
                    .isEmpty();
        }
    }

    /**
     * The text an output shows, line by line: for HTML without its style block, each element's text a line of its
     * own; Markdown table rows cell by cell, as a table may have gained columns, and parts joined by " · " one by one. Markup differs between the
     * releases, the text a reader sees must not.
     */
    private static Set<String> lines(String out, String format) {
        String text = out;
        if (format.equals("html")) {
            text = STYLE.matcher(out).replaceAll("");
            text = TAG.matcher(text).replaceAll("\n").replace("&nbsp;", " ");
        } else {
            text = text.replace("|", "\n");
        }
        Set<String> lines = new LinkedHashSet<>();
        // a line that gained a mark since (" · legal duty: …") still shows what it showed
        for (String line : text.split("\n| · ")) {
            String shown = line.strip();
            if (!shown.isEmpty() && !shown.matches("[-:]+")) {
                lines.add(shown);
            }
        }
        return lines;
    }

    /**
     * Headings today's templates no longer show on purpose: the priority column, which equalled the impact for
     * every measure of low effort, gave way to the phase; its values are left out by {@link #priorities}. A field's
     * weight and aggregation stand in the methodology, no longer under each field's heading for the council.
     */
    private static final Set<String> DROPPED = Set.of("Priorität", "Priority", "Gewicht: 1", "Weight: 1",
            "Verdichtung: gewichteter Mittelwert", "Aggregation: weighted mean",
            // the id now stands as "AGS 09999001"
            "09999001", "09999012");

    /** The measures' priorities as the earlier templates show them (German, two decimals). */
    private static Set<String> priorities(String file) {
        CliRun json = CliRun.run("assess", file, "-f", "json", "-o", "-");
        Set<String> shown = new LinkedHashSet<>();
        try {
            for (JsonNode p : new ObjectMapper().readTree(json.out()).path("priorities")) {
                shown.add(String.format(Locale.GERMANY, "%.2f", p.path("priority").decimalValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shown;
    }

    /**
     * The statistics of peer groups of fewer than three, which the earlier templates show and today's replace by a
     * sentence that the group is too small for them (n = 1: minimum, median and maximum are one score).
     */
    private static Set<String> smallGroupStatistics(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("-f", "json", "-o", "-"));
        Set<String> shown = new LinkedHashSet<>();
        try {
            for (JsonNode group : new ObjectMapper().readTree(CliRun.run(args.toArray(String[]::new)).out())
                    .path("groups")) {
                if (group.path("municipalities").size() >= 3) {
                    continue;
                }
                for (JsonNode statistics : group.path("statistics")) {
                    for (JsonNode value : statistics) {
                        shown.add(String.format(Locale.GERMANY, "%.1f", value.decimalValue()));
                        shown.add(String.format(Locale.US, "%.1f", value.decimalValue()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shown;
    }

    private static final Pattern STYLE = Pattern.compile("(?s)<style>.*?</style>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static CliRun run(List<String> command, String format, String... more) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("-f", format, "-o", "-"));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }
}
