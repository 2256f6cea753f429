package de.smartregion.cli;

import java.util.Map;

/**
 * What stderr is connected to. Java cannot ask whether stderr is a terminal; the launcher can ({@code [ -t 2 ]})
 * and passes the answer as {@code -Dsmartregion.stderr.tty}. Colour follows the NO_COLOR convention.
 */
final class Terminal {

    private static final String RESET = "\u001b[0m";

    private final boolean tty;
    private final boolean colour;

    private Terminal(boolean tty, boolean colour) {
        this.tty = tty;
        this.colour = colour;
    }

    static Terminal of(Map<String, String> env) {
        String property = System.getProperty("smartregion.stderr.tty");
        return of(property != null ? Boolean.parseBoolean(property) : System.console() != null, env);
    }

    /** Stdout, for what is printed there for a person: the terminal view of a report. */
    static Terminal ofStdout(Map<String, String> env) {
        return of(stdoutIsTty(), env);
    }

    private static Terminal of(boolean tty, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        boolean colour = tty && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
        return new Terminal(tty, colour);
    }

    boolean isTty() {
        return tty;
    }

    /**
     * Whether stdout is a terminal, as the launcher says ({@code [ -t 1 ]}, passed as
     * {@code -Dsmartregion.stdout.tty}); without it, whether Java has a console.
     */
    static boolean stdoutIsTty() {
        String property = System.getProperty("smartregion.stdout.tty");
        return property != null ? Boolean.parseBoolean(property) : System.console() != null;
    }

    String green(String s) {
        return paint("\u001b[32m", s);
    }

    String yellow(String s) {
        return paint("\u001b[33m", s);
    }

    String red(String s) {
        return paint("\u001b[31m", s);
    }

    String bold(String s) {
        return paint("\u001b[1m", s);
    }

    private String paint(String code, String s) {
        return colour ? code + s + RESET : s;
    }
}
