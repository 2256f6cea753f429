package de.smartregion.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What each short command may load on start-up, checked by {@link StartupIT}: the classes it loads from the jar
 * (smartregion's and its libraries'), held to the budget within {@link #JAR_MARGIN}; the classes of the JDK and
 * those made at run time (lambdas, method handles, proxies), whose number moves with the JDK build, within
 * {@link #JDK_MARGIN_PERCENT}; and classes it must not load at all, each kept out by one of the start-up measures of
 * bench/README.md, "Start-up".
 *
 * <p>Measured on JDK {@value #JDK_FEATURE} (Debian 17.0.15) with the JVM options the launcher gives short commands.
 * A deliberate change of a count (a new feature, a library update) updates its budget here and the profile
 * {@code startup-profile.txt} beside this test from the one the test writes to {@code target/startup-profile.txt}.
 */
enum StartupBudget {
    /**
     * Was 208. Every command's class is loaded with the command model, so the man command with its completion values
     * and the --schema option of init and import (EditorSchema) count here too.
     */
    VERSION(217, 1065, List.of("--version"), Unloaded.NO_REPORT),
    /** Language of parts (notes as records with their language, two template macros) and page 1's steps: 12. */
    ASSESS_MD(917, 1389, List.of("assess", StartupBudget.EXAMPLE, "-f", "md"), Unloaded.TEMPLATED_REPORT),
    /** Written to a file, through a temporary file beside it. */
    ASSESS_HTML(925, 1476, List.of("assess", StartupBudget.EXAMPLE, "-f", "html", "-o", "report.html"),
            Unloaded.TEMPLATED_REPORT),
    ASSESS_JSON(447, 1207, List.of("assess", StartupBudget.EXAMPLE, "-f", "json"), Unloaded.JSON_REPORT),
    /**
     * PDF/UA-1: the structure tree and the XMP metadata (xmpbox) cost 97 classes; the first page 18 more. Saved once,
     * not loaded and saved again: 11 fewer (the parser).
     */
    ASSESS_PDF(2784, 2892, List.of("assess", StartupBudget.EXAMPLE, "-f", "pdf", "-o", "report.pdf"),
            Unloaded.PDF_REPORT),
    /** Each answer file's coverage, counted by the scorer as a report counts it: 27 classes of score and model. */
    VALIDATE(316, 1196, List.of("validate", StartupBudget.EXAMPLE), Unloaded.NO_REPORT),
    /**
     * 73 classes of Jackson's YAML generator and SnakeYAML's emitter: the skeleton's scalars are quoted by the emitter;
     * 67 for the questionnaire's answer-file schema written beside it (Jackson's JSON tree, parser and generator).
     */
    INIT(461, 1264, List.of("init", "-o", "answers.yaml"), Unloaded.NO_REPORT),
    QUESTIONNAIRES(265, 1115, List.of("questionnaires"), Unloaded.NO_REPORT),
    SCHEMA(195, 1032, List.of("schema", "assessment"), Unloaded.NO_REPORT);

    /** Replaced by the bundled example's absolute path. */
    static final String EXAMPLE = "<example>";
    /** Classes from the jar, either way: the count is the same on every run and every JDK. */
    static final int JAR_MARGIN = 10;
    /** Classes of the JDK and made at run time, above the budget: a few move with timing, more with the build. */
    static final int JDK_MARGIN_PERCENT = 10;
    /** The Java release the JDK budgets were measured on; on another one only the jar budgets are checked. */
    static final int JDK_FEATURE = 17;

    private final int jarClasses;
    private final int jdkClasses;
    private final List<String> args;
    private final List<Unloaded> unloaded;

    StartupBudget(int jarClasses, int jdkClasses, List<String> args, List<Unloaded> unloaded) {
        this.jarClasses = jarClasses;
        this.jdkClasses = jdkClasses;
        this.args = args;
        this.unloaded = unloaded;
    }

    int jarClasses() {
        return jarClasses;
    }

    int jdkClasses() {
        return jdkClasses;
    }

    /** The command line, as a user types it after {@code smartregion}. */
    List<String> args(String example) {
        return args.stream().map(a -> a.equals(EXAMPLE) ? example : a).toList();
    }

    /** For messages: the command line with the example's short name. */
    String command() {
        return String.join(" ", args("example.yaml"));
    }

    /** The classes this command must not load: the measures' own, and every subcommand but its own. */
    List<Unloaded> unloaded() {
        List<Unloaded> all = new ArrayList<>(unloaded);
        Subcommand own = Subcommand.named(args.get(0));
        if (own != null) {
            for (Subcommand other : Subcommand.values()) {
                if (other != own) {
                    all.add(new Unloaded(other.create().getClass().getName(),
                            "only the subcommand a run calls built (cli/Main, cli/Subcommand)"));
                }
            }
        }
        return all;
    }

    /**
     * Classes whose names start with {@code prefix} must not load, as {@code measure} keeps them out.
     *
     * @param measure the start-up measure and where it lives, as bench/README.md, "Start-up" lists it
     */
    record Unloaded(String prefix, String measure) {

        private static final String SWITCH =
                "the subcommands made by a switch, not by constructor references (cli/Subcommand)";
        private static final String SEPARATORS =
                "number separators fixed per language, not taken from the JDK's locale data (text/Language)";
        private static final String GENERATOR =
                "JSON written by jackson-core's generator, not by an ObjectMapper (text/JsonText)";
        private static final String NO_LOGGING = "FreeMarker without java.util.logging (report/Templates)";
        private static final String PDF_ONLY = "the PDF libraries loaded only for -f pdf (report/PdfRenderer)";
        private static final String TEMPORARY =
                "temporary files named by process id, not by a SecureRandom (cli/Temporaries)";
        private static final String LAZY_FREEMARKER =
                "FreeMarker set up only for formats with templates (report/Templates)";
        private static final String NO_FORMAT = "chart coordinates written without String.format (report/Charts)";
        private static final String BOOLEANS =
                "templates testing booleans, not comparing strings by a collator (templates/*.ftl)";
        private static final String RECORDS =
                "views as hashes of record components, without bean introspection (report/RecordModel)";
        private static final String CONFIGURATIONS =
                "template configurations made only for user templates (report/ReportConfiguration)";
        private static final String OWN_TREE =
                "YAML read into smartregion's own tree, Jackson's JSON tree only for -f json (input/FastYaml)";
        private static final String FONTS =
                "the bundled fonts standing in for the standard ones, no scan of the system fonts (report/PdfRenderer)";

        private static final List<Unloaded> EVERY_RUN = List.of(
                new Unloaded("de.smartregion.cli.Subcommand$$Lambda", SWITCH),
                new Unloaded("sun.text.resources.cldr.ext.", SEPARATORS),
                new Unloaded("sun.util.resources.cldr.ext.", SEPARATORS),
                new Unloaded("com.fasterxml.jackson.databind.ObjectMapper", GENERATOR),
                new Unloaded("com.fasterxml.jackson.databind.ser.", GENERATOR));

        /** The PDF libraries log through java.util.logging and take a random UUID: theirs to load. */
        private static final List<Unloaded> NOT_PDF = List.of(
                new Unloaded("java.util.logging.", NO_LOGGING),
                new Unloaded("org.apache.pdfbox.", PDF_ONLY),
                new Unloaded("com.openhtmltopdf.", PDF_ONLY),
                new Unloaded("org.apache.batik.", PDF_ONLY),
                new Unloaded("java.security.SecureRandom", TEMPORARY));

        private static final List<Unloaded> FREEMARKER = List.of(
                new Unloaded("freemarker.template.Configuration", LAZY_FREEMARKER),
                new Unloaded("freemarker.cache.", LAZY_FREEMARKER));

        private static final List<Unloaded> TEMPLATES = List.of(
                new Unloaded("java.util.Formatter", NO_FORMAT),
                new Unloaded("java.text.Collator", BOOLEANS),
                new Unloaded("java.text.RuleBasedCollator", BOOLEANS),
                new Unloaded("java.beans.Introspector", RECORDS),
                new Unloaded("freemarker.core.TemplateConfiguration", CONFIGURATIONS),
                new Unloaded("de.smartregion.report.ReportConfiguration$FormatsByName", CONFIGURATIONS),
                new Unloaded("com.fasterxml.jackson.databind.", OWN_TREE));

        private static final List<Unloaded> PDF_FONTS = List.of(
                new Unloaded("org.apache.pdfbox.pdmodel.font.FontMapperImpl", FONTS),
                new Unloaded("org.apache.pdfbox.pdmodel.font.FileSystemFontProvider", FONTS));

        static final List<Unloaded> NO_REPORT = concat(EVERY_RUN, NOT_PDF, FREEMARKER);
        static final List<Unloaded> TEMPLATED_REPORT = concat(EVERY_RUN, NOT_PDF, TEMPLATES);
        static final List<Unloaded> JSON_REPORT = NO_REPORT;
        static final List<Unloaded> PDF_REPORT = concat(EVERY_RUN, PDF_FONTS);

        @SafeVarargs
        private static List<Unloaded> concat(List<Unloaded>... lists) {
            List<Unloaded> all = new ArrayList<>();
            for (List<Unloaded> list : lists) {
                all.addAll(list);
            }
            return List.copyOf(all);
        }
    }
}
