package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's HTML template rendered as PDF reaches neither the network nor local files: every way HTML and CSS have
 * of loading something points at a server on the loopback interface, which must see no request, and at a local
 * image, which must not end up in the PDF.
 */
class PdfResourcesTest {

    private static final String EXAMPLE = "examples/musterstadt-2026.yaml";

    private HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = png();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aUserTemplatesPdfLoadsNothingFromTheNetworkOrTheDisk(@TempDir Path dir) throws IOException {
        Path image = dir.resolve("local.png");
        Files.write(image, png());
        String http = "http://127.0.0.1:" + server.getAddress().getPort();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.html.ftl"), """
                <!DOCTYPE html>
                <html><head>
                <base href="%1$s/base/">
                <link rel="stylesheet" href="%1$s/link.css?name=${municipality.name}">
                <style>
                @import url("%1$s/import.css?score=${overall.score}");
                @import "%2$s";
                @font-face { font-family: Remote; src: url("%1$s/font.ttf"); }
                body { background-image: url("%1$s/background.png"); font-family: Remote; }
                p.local { background: url("%2$s"); }
                </style>
                </head><body>
                <p class="local">${municipality.name}: ${overall.score}</p>
                <img src="%1$s/image.png?name=${municipality.name}" width="20" height="20">
                <img src="%2$s" width="20" height="20">
                <img src="local.png" width="20" height="20">
                <img src="relative.png" width="20" height="20">
                <object type="image/svg+xml" data="%1$s/object.svg" width="20" height="20"></object>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="20">
                <image href="%1$s/svg.png" width="20" height="20"/><image xlink:href="%2$s" width="20" height="20"/>
                </svg>
                <a download="hostname" href="%2$s">attachment</a>
                </body></html>
                """.formatted(http, image.toUri()));
        Path out = Files.createDirectories(dir.resolve("out"));

        CliRun run = CliRun.run("assess", EXAMPLE, "--templates", templates.toString(), "-f", "pdf", "-o",
                out.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(requests).as("requests the PDF step made").isEmpty();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("09999001-2026.pdf").toFile())) {
            assertThat(images(pdf)).as("images embedded").isZero();
            assertThat(pdf.getDocumentCatalog().getNames()).as("embedded files").isNull();
        }
    }

    /** The checks above can fail: a server that counts, and an inline image that does end up in the PDF. */
    @Test
    void anInlineImageIsEmbeddedAndTheServerCounts(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.html.ftl"), "<html><body><p>${municipality.name}</p>"
                + "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png())
                + "\" width=\"20\" height=\"20\"></body></html>\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        CliRun run = CliRun.run("assess", EXAMPLE, "--templates", templates.toString(), "-f", "pdf", "-o",
                out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("09999001-2026.pdf").toFile())) {
            assertThat(images(pdf)).isEqualTo(1);
        }
        new java.net.URL("http://127.0.0.1:" + server.getAddress().getPort() + "/probe").openStream().close();
        assertThat(requests).containsExactly("/probe");
    }

    private static int images(PDDocument pdf) throws IOException {
        int n = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A small red square as PNG. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, 0xff0000);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
