package de.smartregion.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * Gives the command line its help texts (descriptions, headings, exit codes) when help is about to be shown, in the
 * language of all other messages. Named in the commands' annotations, the bundle was loaded on every run, help or
 * not (see bench/README.md, Start-up), and in the JVM's locale rather than the one {@code LANG} asks for.
 */
final class HelpTexts implements CommandLine.IHelpFactory {

    private static final String BUNDLE = "de.smartregion.cli.help";

    private final String language;

    HelpTexts(String language) {
        this.language = language;
    }

    @Override
    public Help create(CommandSpec spec, Help.ColorScheme colors) {
        load(spec.root().commandLine(), language);
        return new Help(spec, colors);
    }

    /** Sets the help texts of {@code language} on the command model, unless they are set already. */
    static void load(CommandLine root, String language) {
        if (root.getResourceBundle() == null) {
            root.setResourceBundle(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }
}
