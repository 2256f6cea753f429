package de.smartregion.cli;

import de.smartregion.model.Result;
import de.smartregion.report.GateTexts;
import de.smartregion.score.Gate;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import de.smartregion.text.UserText;

/**
 * What an assessment came to, in one line on stderr for the person at the terminal (reports go to stdout or
 * files), and, when a gate failed, why, in one line even in a CI log.
 */
final class Summary {

    private Summary() {
    }

    /** @param reportLanguage the language of the reports, in which a failed gate names the theses as they do */
    static void print(BaseCommand command, Result r, Messages messages, Gate.Verdict verdict, String reportLanguage) {
        Terminal terminal = Terminal.of(command.parent.env());
        int rounding = r.questionnaire().scoring().rounding();
        if (terminal.isTty() && !command.quiet) {
            NumberFormats numbers = new NumberFormats(messages.language());
            String score = r.overall().score() == null ? messages.get("report.none")
                    : numbers.fixed(r.overall().score(), rounding);
            // names and labels come from the input files: quoted, so that the one line stays one harmless line
            String stage = r.overall().stage() == null ? messages.get("report.none")
                    : UserText.shown(r.overall().stage().label().in(messages.language(),
                            r.questionnaire().defaultLanguage()));
            long met = r.theses().stream().filter(Result.ThesisResult::met).count();
            String theses = messages.get("cli.summary.theses", met, r.theses().size());
            command.err().println(messages.get("cli.summary", UserText.shown(r.municipality().name()),
                    UserText.shown(r.period()),
                    terminal.bold(score), stage,
                    r.strategyWorks() ? terminal.green(theses) : terminal.yellow(theses),
                    r.overall().coverage() == null ? messages.get("report.none")
                            : numbers.percent(r.overall().coverage(), messages.get("format.percent"))));
        }
        printGate(command, r, messages, verdict, reportLanguage);
    }

    /** Only the failed gate's line, where the terminal view already shows what the summary line would. */
    static void printGate(BaseCommand command, Result r, Messages messages, Gate.Verdict verdict,
                          String reportLanguage) {
        if (verdict != null && !verdict.passed()) {
            gateFailed(command, Terminal.of(command.parent.env()), messages, r.municipality().name(),
                    r.municipality().id(), r.period(), GateTexts.line(verdict, messages, r.questionnaire(),
                            reportLanguage));
        }
        command.err().flush();
    }

    /**
     * One municipality's failed gate in one line that names it: a CI log of many municipalities must say which
     * one failed, whichever command wrote the line.
     */
    static void gateFailed(BaseCommand command, Terminal terminal, Messages messages, String name, String id,
                           String period, String why) {
        command.err().println(terminal.red(messages.get("cli.gate-failed", UserText.shown(name),
                UserText.visible(id), UserText.visible(period), UserText.visible(why))));
    }
}
