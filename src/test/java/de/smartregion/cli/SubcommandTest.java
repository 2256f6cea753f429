package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The subcommands are declared once, in {@link Subcommand}; everything else that names them follows it. */
class SubcommandTest {

    @Test
    void everyCommandClassIsDeclaredExactlyOnce() throws Exception {
        List<Class<?>> commands = new ArrayList<>();
        try (Stream<Path> classes = Files.list(Path.of("target/classes/de/smartregion/cli"))) {
            for (Path file : classes.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName("de.smartregion.cli." + name.replace(".class", ""));
                if (BaseCommand.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    commands.add(type);
                }
            }
        }
        List<Class<?>> declared = Arrays.stream(Subcommand.values()).<Class<?>>map(s -> s.create().getClass())
                .filter(BaseCommand.class::isAssignableFrom).toList();
        assertThat(declared).as("a command class not in Subcommand is never reachable")
                .containsExactlyInAnyOrderElementsOf(commands).doesNotHaveDuplicates();
    }

    @Test
    void helpListsTheSubcommandsInTheirDeclaredOrder() {
        CliRun run = CliRun.run("--help");
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  ([a-z-]+)  ").matcher(run.out().substring(run.out().indexOf("Commands:")));
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(listed).containsExactlyElementsOf(Arrays.stream(Subcommand.values()).map(Subcommand::command)
                .toList());
    }

    @Test
    void eachSubcommandBuiltAloneHasItsNameAndTheSharedAttributes() {
        for (Subcommand s : Subcommand.values()) {
            StringWriter out = new StringWriter();
            CommandLine cli = Main.commandLine(Map.of("LANG", "en_US.UTF-8"), OutputStream.nullOutputStream(),
                    InputStream.nullInputStream(), s.command());
            cli.setOut(new PrintWriter(out, true));
            if (s.needsAll()) {
                // the completion script is made from the whole command model, help describes another command;
                // picocli's own commands, with their own attributes
                assertThat(cli.getSubcommands()).containsOnlyKeys(Arrays.stream(Subcommand.values())
                        .map(Subcommand::command).toArray(String[]::new));
                continue;
            }
            assertThat(cli.getSubcommands()).containsOnlyKeys(s.command());
            int code = cli.execute(s.command(), "--version");
            assertThat(code).as(s.command()).isZero();
            assertThat(out.toString()).as(s.command()).startsWith("smartregion " + VersionProvider.version());
        }
    }

    @Test
    void theLauncherGivesFullCompilationToExactlyTheCommandsThatAskForIt() throws Exception {
        String launcher = Files.readString(Path.of("smartregion"));
        Matcher m = Pattern.compile("case \"\\$\\{1:-}\" in\\n\\s*([a-z|-]+)\\) ;;").matcher(launcher);
        assertThat(m.find()).as("the launcher's case over the commands with full compilation").isTrue();
        assertThat(m.group(1).split("\\|")).containsExactlyInAnyOrderElementsOf(Arrays.stream(Subcommand.values())
                .filter(Subcommand::fullCompilation).map(Subcommand::command).toList());
    }

    @Test
    void eachSubcommandIsDescribedInEveryLanguagesHelp() throws Exception {
        for (String bundle : List.of("help.properties", "help_de.properties")) {
            java.util.Properties help = new java.util.Properties();
            try (java.io.Reader in = Files.newBufferedReader(Path.of("src/main/resources/de/smartregion/cli", bundle))) {
                help.load(in);
            }
            for (Subcommand s : Subcommand.values()) {
                if (s == Subcommand.HELP) {
                    continue; // picocli's own command, whose annotation fixes its (English) description
                }
                assertThat(help.getProperty("smartregion." + s.command() + ".usage.description"))
                        .as("%s in %s", s.command(), bundle).isNotBlank();
            }
        }
    }
}
