package de.smartregion.cli;

import de.smartregion.report.ReportView;
import de.smartregion.text.Messages;
import de.smartregion.text.UserText;

/**
 * The report as a person at a terminal reads it first, when they asked for no format and no file: the verdict and
 * why, each thesis in a line, the fields with a bar, the first steps, and how to get the whole report. It reads the
 * same view as the other formats, so it says nothing they do not; a pipe or a file still gets the Markdown report.
 */
final class TerminalReport {

    /** Columns of a terminal that does not say its width. */
    private static final int DEFAULT_WIDTH = 80;
    private static final int MIN_WIDTH = 40;
    private static final int MAX_WIDTH = 120;
    private static final int BAR = 20;
    private static final String INDENT = "  ";

    private final Terminal terminal;
    private final Messages messages;
    private final int width;
    private final StringBuilder out = new StringBuilder();

    private TerminalReport(Terminal terminal, Messages messages, int width) {
        this.terminal = terminal;
        this.messages = messages;
        this.width = width;
    }

    /**
     * The view as terminal lines.
     *
     * @param columns the terminal's width as the shell gives it in COLUMNS, or null
     * @param command how the user started this run, for the line that says how to get the whole report
     */
    static String render(ReportView view, Terminal terminal, Messages messages, String columns, String command) {
        TerminalReport r = new TerminalReport(terminal, messages, width(columns));
        r.write(view, command);
        return r.out.toString();
    }

    private static int width(String columns) {
        try {
            return columns == null ? DEFAULT_WIDTH : Math.max(MIN_WIDTH, Math.min(MAX_WIDTH,
                    Integer.parseInt(columns.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    private void write(ReportView v, String command) {
        wrapped("", terminal.bold(UserText.visible(v.title())));
        if (!v.municipality().details().isEmpty()) {
            wrapped("", UserText.visible(v.municipality().details()));
        }
        ReportView.Headline o = v.overall();
        String score = o.lowCoverage().isEmpty() ? o.score() : o.score() + " (" + o.lowCoverage() + ")";
        wrapped("", v.text().get("overall") + ": " + terminal.bold(score) + " · " + o.stage() + " · "
                + v.text().get("coverage") + " " + o.coverage() + " (" + o.answered() + "/" + o.applicable() + ")");
        line("");
        String verdict = UserText.visible(v.verdict());
        wrapped("", v.strategyWorks() ? terminal.green(verdict) : terminal.yellow(verdict));
        for (ReportView.GlanceThesis t : v.glance().theses()) {
            String mark = mark(t.kind());
            wrapped(INDENT + "  ", INDENT + mark + " " + terminal.bold(t.title() + ": " + t.status() + ".") + " "
                    + UserText.visible(t.reason()));
        }
        if (!v.glance().duties().isEmpty()) {
            wrapped(INDENT, INDENT + terminal.red(UserText.visible(v.glance().duties())));
        }
        line("");
        line(terminal.bold(v.text().get("fields")));
        int name = 0;
        for (ReportView.FieldSection f : v.fields()) {
            name = Math.max(name, f.title().length());
        }
        name = Math.min(name, width - INDENT.length() - BAR - 10);
        for (ReportView.FieldSection f : v.fields()) {
            line(INDENT + pad(fit(f.title(), name), name) + " " + padLeft(f.score(), 5) + "  " + bar(f.gauge()));
        }
        if (v.glance().position() != null) {
            position(v.glance().position(), v.text());
        }
        if (!v.glance().first().isEmpty()) {
            line("");
            line(terminal.bold(v.text().get("glance.first")));
            int n = 1;
            for (ReportView.FirstMeasure m : v.glance().first()) {
                String number = n++ + ". ";
                String hang = INDENT + " ".repeat(number.length());
                wrapped(hang, INDENT + number + UserText.visible(m.measure()));
                if (!m.why().isEmpty()) {
                    wrapped(hang, hang + UserText.visible(m.why()));
                }
            }
        }
        line("");
        wrapped("", messages.get("cli.terminal.full-report"));
        // the command on a line of its own, never broken, so that it can be copied and run as it stands
        line(INDENT + messages.get("cli.terminal.example", command));
    }

    /** The change since the previous period and the place among the peers, a line per indicator. */
    private void position(ReportView.Position p, java.util.Map<String, String> text) {
        line("");
        wrapped("", terminal.bold(UserText.visible(p.heading())));
        int label = 0;
        for (ReportView.PositionRow r : p.rows()) {
            label = Math.max(label, r.label().length());
        }
        for (ReportView.PositionRow r : p.rows()) {
            StringBuilder row = new StringBuilder(INDENT).append(pad(r.label(), label)).append("  ");
            if (p.previous()) {
                row.append(r.before()).append(" → ");
            }
            row.append(r.now());
            if (p.previous() && !r.change().text().isEmpty()) {
                row.append(" (").append(r.change().text()).append(')');
            }
            if (p.peers() && !r.rank().isEmpty()) {
                row.append(" · ").append(text.get("glance.rank")).append(' ').append(r.rank());
                if (!r.median().isEmpty()) {
                    row.append(" · ").append(text.get("glance.median")).append(' ').append(r.median());
                }
            }
            wrapped(INDENT + INDENT, row.toString());
        }
    }

    /** A mark that says the status without colour too: the words beside it say it as well. */
    private String mark(String kind) {
        if (kind.equals("met")) {
            return terminal.green("✓");
        }
        return kind.equals("not-met") ? terminal.red("✗") : terminal.yellow("?");
    }

    /** The bar of a score on 0..100 given as a percentage width ("47.1"); blank where there is no score. */
    private static String bar(String gauge) {
        if (gauge == null || gauge.isEmpty()) {
            return "";
        }
        double share;
        try {
            share = Double.parseDouble(gauge) / 100;
        } catch (NumberFormatException e) {
            return "";
        }
        int full = (int) Math.round(Math.max(0, Math.min(1, share)) * BAR);
        return "█".repeat(full) + "░".repeat(BAR - full);
    }

    private static String fit(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    /**
     * A paragraph broken at spaces to the width: the first line keeps the text's leading spaces, later lines are
     * indented by {@code hang}. Colour codes take no columns, so they are not counted.
     */
    private void wrapped(String hang, String text) {
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder current = new StringBuilder(text.substring(0, lead));
        int visible = lead;
        boolean empty = true;
        for (String word : text.substring(lead).split(" ")) {
            int w = visibleLength(word);
            if (!empty && visible + 1 + w > width) {
                line(current.toString());
                current = new StringBuilder(hang);
                visible = hang.length();
                empty = true;
            }
            if (!empty) {
                current.append(' ');
                visible++;
            }
            current.append(word);
            visible += w;
            empty = false;
        }
        line(current.toString());
    }

    /** Columns a word takes: its characters without the terminal's colour codes. */
    private static int visibleLength(String word) {
        String plain = word.indexOf('\u001b') < 0 ? word : word.replaceAll("\u001b\\[[0-9;]*m", "");
        return plain.codePointCount(0, plain.length());
    }
}
