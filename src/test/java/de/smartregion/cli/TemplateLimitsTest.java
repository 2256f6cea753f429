package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User templates that run away or are not what they should be end with exit 3 and a message that names the
 * template and, where one is to blame, the limit, never with exit 1: recursion, escaping switched off, files that are not templates of the template directory. The output, memory and time
 * limits, which depend on the heap, are tested through the launcher in {@link TemplateLimitsIT}.
 */
class TemplateLimitsTest {

    private static final String EXAMPLE = "examples/musterstadt-2026.yaml";

    private static CliRun assess(Path templates, String... args) {
        List<String> all = new ArrayList<>(List.of("assess", EXAMPLE, "--templates", templates.toString()));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(String[]::new));
    }

    /** Exit 3, nothing on stdout, no stack trace, and the one message line starting with {@code prefix}. */
    private static void assertTemplateError(CliRun run, String prefix, String... words) {
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.out()).as(run.describe()).isEmpty();
        assertThat(run.errLines()).as(run.describe()).hasSize(1);
        assertThat(run.err()).as(run.describe()).startsWith(prefix);
        for (String word : words) {
            assertThat(run.err()).as(run.describe()).contains(word);
        }
        BadInputTest.assertNoStackTrace(run);
    }

    @Test
    void aMacroThatCallsItselfIsNamedAsSuch(@TempDir Path dir) throws IOException {
        Path t = Files.writeString(dir.resolve("report.md.ftl"), "# ${title}\n<#macro m><@m/></#macro><@m/>\n");
        assertTemplateError(assess(dir), "template error: " + t + ": ", "nests too deeply", "calls itself");
        Files.writeString(t, "<#function f n><#return f(n + 1)></#function>${f(1)}\n");
        assertTemplateError(assess(dir), "template error: " + t + ": ", "nests too deeply");
        // in German where the terminal speaks German
        CliRun german = CliRun.run(CliRun.GERMAN, "assess", EXAMPLE, "--templates", dir.toString());
        assertTemplateError(german, "Vorlagenfehler: " + t + ": ", "zu tief verschachtelt");
    }

    @Test
    void aTemplateGetsTheEscapingItsNameSays(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.html.ftl"), "<p>${\"<b>&\"} ${municipality.name}</p>\n");
        Files.writeString(dir.resolve("report.md.ftl"), "${\"*a* | <b>\"} ${municipality.name}\n");
        CliRun html = assess(dir, "-f", "html");
        assertThat(html.exitCode()).as(html.describe()).isZero();
        assertThat(html.out()).isEqualTo("<p>&lt;b&gt;&amp; Musterstadt</p>\n");
        assertThat(assess(dir).out()).isEqualTo("\\*a\\* \\| \\<b\\> Musterstadt\n");
        // the header may say so too, and ?no_esc is the author's choice for one value
        Files.writeString(dir.resolve("report.html.ftl"),
                "<#ftl output_format=\"HTML\" strip_whitespace=true><p>${\"<b>\"?no_esc}${\"<i>\"}</p>\n");
        assertThat(assess(dir, "-f", "html").out()).isEqualTo("<p><b>&lt;i&gt;</p>\n");
    }

    @Test
    void aHeaderThatTurnsEscapingOffIsRefusedAtTheHeader(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html.ftl");
        Files.writeString(html, "\n  <#ftl output_format=\"plainText\">${municipality.name}\n");
        assertTemplateError(assess(dir, "-f", "html"), "template error: " + html + ":2:3: the header sets "
                + "output_format \"plainText\", but the template's name makes it HTML");
        Files.writeString(html, "<#ftl output_format=\"Markdown\">${municipality.name}\n");
        assertTemplateError(assess(dir, "-f", "html"), "template error: " + html + ":1:1: ", "\"Markdown\"");
        Path md = dir.resolve("report.md.ftl");
        Files.writeString(md, "[#ftl auto_esc=false]${municipality.name}\n");
        assertTemplateError(assess(dir), "template error: " + md + ":1:1: the header turns auto-escaping off",
                "in Markdown", "?no_esc");
    }

    @Test
    void anIncludedTemplateNeedsAFormatByItsNameToo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.md.ftl"), "${title}\n<#include \"parts/name.ftl\">\n");
        Path part = Files.writeString(Files.createDirectories(dir.resolve("parts")).resolve("name.ftl"),
                "${municipality.name}\n");
        assertTemplateError(assess(dir), "template error: " + part + ": a template's name must end in .html.ftl"
                + " or .md.ftl");
        Files.writeString(dir.resolve("report.md.ftl"), "<#include \"parts/name.md.ftl\">\n");
        Files.writeString(dir.resolve("parts/name.md.ftl"), "<#ftl auto_esc=false>${municipality.name}\n");
        assertTemplateError(assess(dir), "template error: " + dir.resolve("parts/name.md.ftl") + ":1:1: ",
                "auto-escaping off");
        Files.writeString(dir.resolve("parts/name.md.ftl"), "${\"*\"}${municipality.name}\n");
        assertThat(assess(dir).out()).isEqualTo("\\*Musterstadt\n");
    }

    @Test
    void aSymbolicLinkInsideTheTemplateDirectoryServes(@TempDir Path dir) throws IOException {
        Path shared = Files.writeString(Files.createDirectories(dir.resolve("shared")).resolve("mine.md.ftl"),
                "${municipality.name}\n");
        Files.createSymbolicLink(dir.resolve("report.md.ftl"), Path.of("shared/mine.md.ftl"));
        CliRun run = assess(dir);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).isEqualTo("Musterstadt\n");
        // the directory itself may be reached through a link
        Path link = Files.createSymbolicLink(dir.resolveSibling(dir.getFileName() + "-link"), dir);
        try {
            assertThat(assess(link).out()).isEqualTo("Musterstadt\n");
        } finally {
            Files.delete(link);
        }
        assertThat(shared).exists();
    }

    @Test
    void aSymbolicLinkLeavingTheTemplateDirectoryIsRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "password\n");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path report = Files.createSymbolicLink(templates.resolve("report.md.ftl"), secret);
        assertTemplateError(assess(templates), "template error: " + report + ": is a symbolic link to " + secret
                + ", outside the template directory " + templates);
        // also when reached through #include, and through a linked directory
        Files.delete(report);
        Files.writeString(report, "<#include \"up/secret.md.ftl\">\n");
        Files.writeString(dir.resolve("secret.md.ftl"), "${municipality.name}\n");
        Files.createSymbolicLink(templates.resolve("up"), dir);
        assertTemplateError(assess(templates), "template error: " + templates.resolve("up/secret.md.ftl")
                + ": is a symbolic link to " + dir.resolve("secret.md.ftl") + ", outside");
        assertThat(assess(templates).err()).doesNotContain("password");
    }

    @Test
    void linksToNothingAndDirectoriesAreNamed(@TempDir Path dir) throws IOException {
        Path report = Files.createSymbolicLink(dir.resolve("report.md.ftl"), Path.of("missing.md.ftl"));
        assertTemplateError(assess(dir), "template error: " + report + ": is a symbolic link that leads to no file");
        Files.delete(report);
        Files.createSymbolicLink(report, report.getFileName());
        assertTemplateError(assess(dir), "template error: " + report + ": cannot read the template: ");
        Files.delete(report);
        Files.createDirectories(report);
        assertTemplateError(assess(dir), "template error: " + report + ": is not a regular file");
    }

    @Test
    void aHugeOrNonUtf8TemplateIsRefused(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.md.ftl");
        Files.writeString(report, "x".repeat(1024 * 1024 + 1));
        assertTemplateError(assess(dir), "template error: " + report + ": the template has 1048577 bytes; the "
                + "limit is 1048576");
        Files.write(report, "Gr\u00f6\u00dfe ${title}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTemplateError(assess(dir), "template error: " + report + ": the template is not UTF-8 text");
    }

    @Test
    void htmlTooBigOrTooDeepForAPdfIsATemplateError(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html.ftl");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        String[] pdf = {"-f", "pdf", "-o", reports.toString()};
        Files.writeString(html, "<html><body><#list 1..20000 as i><div></#list>x</body></html>\n");
        assertTemplateError(assess(dir, pdf), "template error: " + html + ": this template's HTML nests its "
                + "elements too deeply to become a PDF");
        Files.writeString(html, "<html><body><#list 1..60000 as i><p>x</p></#list></body></html>\n");
        assertTemplateError(assess(dir, pdf), "template error: " + html + ": this template's HTML has 60004 "
                + "elements, more than the 50000 a PDF is made from");
        Files.writeString(html, "<html><body><p><#list 1..300000 as i>${title} </#list></p></body></html>\n");
        assertTemplateError(assess(dir, pdf), "template error: " + html + ": this template's HTML has ",
                " characters, more than the 2097152 a PDF is made from");
        assertThat(reports).isEmptyDirectory();
        // the same HTML is fine as HTML
        CliRun asHtml = assess(dir, "-f", "html", "-o", reports.toString());
        assertThat(asHtml.exitCode()).as(asHtml.describe()).isZero();
    }

    @Test
    void anIncludeThatBacksOutOfTheDirectorySaysWhyItFailed(@TempDir Path dir) throws IOException {
        Path t = Files.writeString(dir.resolve("report.md.ftl"), "<#include \"/../../etc/passwd.md.ftl\">\n");
        assertTemplateError(assess(dir), "template error: " + t + ":1:1: ", "Template inclusion failed",
                "): Template not found");
    }
}
