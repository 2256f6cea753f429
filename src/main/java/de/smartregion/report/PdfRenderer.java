package de.smartregion.report;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Turns the HTML report into an A4 PDF: inline SVG through Batik, Open Sans embedded so that umlauts and every
 * other glyph render the same everywhere, and fixed document dates so that the same input gives the same bytes.
 * The renderer loads nothing: the HTML, which a user template may have written, brings its styles, images and
 * SVG inline or not at all, so that no report data leaves the machine and no local file enters the PDF.
 */
public final class PdfRenderer {

    private static final String FAMILY = "Open Sans";
    /** Held so that the logging configuration is not garbage-collected with the logger. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        // the renderers log progress and font substitutions; a report run must keep stderr for the user
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(Level.OFF);
        // PDFBox would otherwise scan every system font (and cache them in the home directory) just to back the
        // standard fonts Symbol and ZapfDingbats, which the report never uses; Open Sans serves every request
        // (see bench/README.md, Start-up)
        FontMappers.set(new BundledFontMapper());
    }

    /**
     * How long turning one report into a PDF may take. The example report takes about a second on the first run
     * of a JVM; what takes much longer is a user template's HTML gone wrong.
     */
    static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    /**
     * The most HTML a PDF is made from. The bundled report has some 80,000 characters and 1,500 elements with
     * four respondents, a questionnaire ten times the bundled one ten times that; the renderer needs about 2 KB
     * of heap per element, so that 200,000 short paragraphs (1.6 million characters) ran the launcher's 384 MB
     * out after 50 s, while 3 million characters in 60,000 paragraphs took 9 s.
     */
    static final int MAX_CHARS = 2 * 1024 * 1024;
    static final int MAX_ELEMENTS = 50_000;

    private PdfRenderer() {
    }

    /**
     * @param source the template that wrote {@code html}, for messages
     * @throws TemplateException when the HTML is too big or too deeply nested to become a PDF within the limits
     */
    public static byte[] render(String html, String title, String source) throws TemplateException {
        return render(html, title, source, null);
    }

    /** As {@link #render(String, String, String)}, dated {@code date} (null: no date, the same bytes on every day). */
    public static byte[] render(String html, String title, String source, java.time.LocalDate date)
            throws TemplateException {
        if (html.length() > MAX_CHARS) {
            throw new TemplateException(source, "template.pdf-too-large", List.of(html.length(), MAX_CHARS), null);
        }
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        int elements = parsed.getAllElements().size();
        if (elements > MAX_ELEMENTS) {
            throw new TemplateException(source, "template.pdf-too-many-elements", List.of(elements, MAX_ELEMENTS),
                    null);
        }
        alternativeTexts(parsed);
        breakableLongWords(parsed);
        outline(parsed);
        paginatedTables(parsed);
        try {
            return BoundedRun.run("smartregion-pdf", TIME_LIMIT, () -> render(parsed, title, html, date));
        } catch (BoundedRun.Exceeded e) {
            throw switch (e.limit()) {
                case TIME -> new TemplateException(source, "template.pdf-time-limit",
                        List.of(TIME_LIMIT.toSeconds()), e);
                case STACK -> new TemplateException(source, "template.pdf-too-deep", List.of(), e);
                case MEMORY -> new TemplateException(source, "template.pdf-out-of-memory",
                        List.of(Templates.heapMegabytes()), e);
            };
        } catch (com.openhtmltopdf.pdfboxout.fontstore.FontNotFoundException e) {
            // a PDF/UA file embeds its fonts: the standard PDF fonts a template's serif or monospace would take are
            // not embedded, so the renderer refuses them
            throw new TemplateException(source, "template.pdf-font", List.of(FAMILY), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A word this long may be longer than a column is wide: only text with such a word may break inside words. */
    static final int LONG_WORD = 30;

    private static final java.util.regex.Pattern LONG = java.util.regex.Pattern.compile("\\S{" + LONG_WORD + ",}");

    /**
     * The renderer's {@code word-wrap: break-word} breaks a word that does not fit the rest of a line where it is,
     * so that "Landesentwicklungsprogramm" ends up as "Landesentwicklungsprog|ramm" though it fits the next line.
     * User text that may break inside words ({@code .wrap}) therefore does so only where it holds a word longer
     * than a column may be (a 300-letter note, a long web address); the rest is marked {@code whole} and wraps at
     * spaces.
     */
    private static void breakableLongWords(org.jsoup.nodes.Document parsed) {
        for (org.jsoup.nodes.Element e : parsed.select(".wrap")) {
            if (!LONG.matcher(e.text()).find()) {
                e.addClass("whole");
            }
        }
    }

    /**
     * The renderer tags a chart (inline SVG) as a figure and takes its alternative text from {@code alt}, which SVG
     * has no attribute for; HTML gives a chart's text as {@code aria-label} (or a {@code title} child), so that is
     * copied over. PDF/UA requires every figure to have one.
     */
    private static void alternativeTexts(org.jsoup.nodes.Document parsed) {
        for (org.jsoup.nodes.Element figure : parsed.select("svg:not([alt]), img:not([alt])")) {
            String text = figure.attr("aria-label");
            if (text.isBlank()) {
                org.jsoup.nodes.Element t = figure.selectFirst("> title");
                text = t == null ? "" : t.text();
            }
            if (!text.isBlank()) {
                figure.attr("alt", text);
            }
        }
    }

    /**
     * The PDF's outline (bookmarks) from the report's headings, h2 and h3 under it, as the renderer builds one from a
     * {@code <bookmarks>} element in the head; headings without an id get one for the outline to point at.
     */
    private static void outline(org.jsoup.nodes.Document parsed) {
        if (parsed.head().selectFirst("bookmarks") != null) {
            return; // a template that writes its own outline keeps it
        }
        org.jsoup.nodes.Element bookmarks = parsed.head().appendElement("bookmarks");
        org.jsoup.nodes.Element section = null;
        int n = 0;
        for (org.jsoup.nodes.Element h : parsed.body().select("h2, h3")) {
            if (h.id().isEmpty()) {
                h.attr("id", "pdf-outline-" + ++n);
            }
            if (h.tagName().equals("h2") || section == null) {
                section = bookmarks.appendElement("bookmark").attr("name", h.text()).attr("href", "#" + h.id());
            } else {
                section.appendElement("bookmark").attr("name", h.text()).attr("href", "#" + h.id());
            }
        }
    }

    /**
     * A table's header row repeats on every page it runs over, and a heading does not stand alone at the foot of a
     * page: properties of the PDF renderer, which browsers ignore.
     */
    private static void paginatedTables(org.jsoup.nodes.Document parsed) {
        parsed.head().appendElement("style").text("table { -fs-table-paginate: paginate; } "
                + "h1, h2, h3, h4 { page-break-after: avoid; }");
        // first in the head, so that any font the template names wins: text without a font is in the embedded one
        parsed.head().prependElement("style").text("html { font-family: \"" + FAMILY + "\"; }");
    }

    /** @param html the text of {@code parsed}, whose digest identifies the PDF */
    private static byte[] render(org.jsoup.nodes.Document parsed, String title, String html,
                                 java.time.LocalDate date) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // tagged PDF (PDF/UA-1): structure from the HTML, XMP with the title, the document's language
            builder.usePdfUaAccessibility(true);
            builder.withProducer("smartregion");
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useUnicodeLineBreaker(new ReportLineBreaker());
            font(builder, "OpenSans-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "OpenSans-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, "OpenSans-Semibold.ttf", 600, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "OpenSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            inlineOnly(builder);
            builder.withW3cDocument(dom, null);
            // the document is kept open to be dated and identified before its one save: saving it as the
            // renderer does and then loading and saving it again took a quarter of a PDF's time (bench/README.md)
            // the renderer's close leaves the document it kept open: closed here, before the renderer
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument doc = renderer.createPDFKeepOpen()) {
                reproducible(doc, title, html, date);
                doc.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Every way the renderer has of fetching a resource (stylesheets, {@code @import}, {@code url()}, images,
     * objects, fonts by {@code @font-face}, embedded files) goes through its user agent: each request is refused
     * there before and after resolving unless it is a {@code data:} URI, the resolver resolves nothing else, and
     * the protocols that reach the network or the file system get a stream factory that opens nothing. The
     * bundled fonts are handed over as streams, not by URI. Batik, drawing inline SVG, refuses external
     * resources on its own (its secure default).
     */
    private static void inlineOnly(PdfRendererBuilder builder) {
        for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
            builder.useExternalResourceAccessControl(PdfRenderer::inline, when);
        }
        builder.useUriResolver((base, uri) -> inline(uri, null) ? uri : null);
        FSStreamFactory nothing = uri -> new FSStream() {
            @Override
            public InputStream getStream() {
                return null;
            }

            @Override
            public Reader getReader() {
                return null;
            }
        };
        builder.useHttpStreamImplementation(nothing);
        builder.useProtocolsStreamImplementation(nothing, "http", "https", "file", "jar", "ftp", "classpath", "jrt");
    }

    private static boolean inline(String uri, ExternalResourceType type) {
        return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
    }

    /**
     * The bundled font, also as the last fallback: a PDF/UA file embeds every font, so text in a family the
     * template names but does not give (serif, a refused web font) is set in Open Sans, not in a standard PDF font
     * the renderer would leave unembedded (and then refuse).
     */
    private static void font(PdfRendererBuilder builder, String file, int weight,
                             BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> open(file), FAMILY, weight, style, true, java.util.EnumSet.of(
                BaseRendererBuilder.FSFontUseCase.DOCUMENT, BaseRendererBuilder.FSFontUseCase.SVG,
                BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
    }

    /** Answers every font request of PDFBox with the bundled Open Sans. */
    private static final class BundledFontMapper implements FontMapper {
        private TrueTypeFont font;

        private synchronized TrueTypeFont font() {
            if (font == null) {
                try (InputStream in = open("OpenSans-Regular.ttf")) {
                    font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font(), true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font(), true);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
            return new CIDFontMapping(null, font(), true);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the jar: " + file);
        }
        return in;
    }

    /**
     * Fixes the creation date and the file identifier, which PDF writers otherwise take from the clock: the report's
     * date where it has one, else none; the identifier becomes a digest of the HTML, so that different reports
     * still get different identifiers.
     */
    private static void reproducible(PDDocument doc, String title, String html, java.time.LocalDate date) {
        PDDocumentInformation info = doc.getDocumentInformation();
        // without a report date the PDF has none: a fixed 1 January 1970 would be a date that is wrong
        Calendar when = null;
        if (date != null) {
            when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli());
        }
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setTitle(title);
        info.setProducer("smartregion");
        info.setCreator("smartregion");
        byte[] digest = Arrays.copyOf(sha256(html), 16);
        COSArray id = new COSArray();
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
    }
}
