package de.smartregion.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Turns the HTML report into an A4 PDF: inline SVG through Batik, Open Sans embedded so that umlauts and every
 * other glyph render the same everywhere, and fixed document dates so that the same input gives the same bytes.
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
        FontMappers.set(new BundledFontMapper());
    }

    private PdfRenderer() {
    }

    public static byte[] render(String html, String title) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            font(builder, "OpenSans-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "OpenSans-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, "OpenSans-Semibold.ttf", 600, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "OpenSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            builder.withW3cDocument(dom, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reproducible(out.toByteArray(), title, html);
    }

    private static void font(PdfRendererBuilder builder, String file, int weight,
                             BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> open(file), FAMILY, weight, style, true);
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
     * Fixes the creation date and the file identifier, which PDF writers otherwise take from the clock; the
     * identifier becomes a digest of the HTML, so that different reports still get different identifiers.
     */
    private static byte[] reproducible(byte[] pdf, String title, String html) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            Calendar epoch = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            epoch.setTimeInMillis(0);
            info.setCreationDate(epoch);
            info.setModificationDate(epoch);
            info.setTitle(title);
            info.setProducer("smartregion");
            info.setCreator("smartregion");
            byte[] digest = Arrays.copyOf(sha256(html), 16);
            COSArray id = new COSArray();
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
