package de.smartregion.input;

import de.smartregion.xlsx.XlsxArchive;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Looks through a workbook before fastexcel reads it, and refuses what would make it run out of memory however
 * small the file: more unpacked bytes than {@link Xlsx#MAX_UNPACKED_BYTES} (a zip bomb), more cells than
 * {@link #MAX_CELLS}, a cell beyond Excel's last (XFD1048576, which fastexcel would pad a row up to), a shared text
 * that does not exist (which fastexcel would pad its table up to), a number of unbounded size. Each is counted as it
 * is unpacked, not taken from the archive's headers.
 */
final class XlsxGuard {

    /** Cells of all sheets together: ten thousand respondents of a hundred questions, and room to spare. */
    static final int MAX_CELLS = 1_500_000;
    private static final int MAX_ROW = 1_048_576;
    private static final int MAX_COLUMN = 16_384;
    private static final Pattern REFERENCE = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6})");
    /** A number as Excel stores one: at most 17 significant digits, an exponent of at most three digits. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,40}(\\.\\d{1,40})?([eE][-+]?\\d{1,3})?");
    private static final Pattern SHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");
    private static final String SHARED = "xl/sharedStrings.xml";

    /** Why a workbook is refused: a message key and its arguments. */
    record Refusal(String key, Object... args) {
    }

    private long unpacked;
    private int cells;

    private XlsxGuard() {
    }

    /** Null when the workbook may be read; else why not. */
    static Refusal check(byte[] bytes) throws IOException {
        return new XlsxGuard().scan(bytes);
    }

    private Refusal scan(byte[] bytes) throws IOException {
        try (ZipFile zip = XlsxArchive.open(bytes)) {
            long shared = -1;
            ZipArchiveEntry sst = zip.getEntry(SHARED);
            if (sst != null) {
                try (InputStream in = zip.getInputStream(sst)) {
                    shared = countShared(in);
                }
                if (shared < 0) {
                    return tooLarge();
                }
            }
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (e.getName().equals(SHARED)) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    Refusal r = SHEET.matcher(e.getName()).matches() ? sheet(in, shared) : skip(in);
                    if (r != null) {
                        return r;
                    }
                }
            }
        } catch (XMLStreamException e) {
            return new Refusal("xlsx.unreadable", String.valueOf(e.getMessage()));
        }
        return null;
    }

    private Refusal tooLarge() {
        return new Refusal("xlsx.too-large", Xlsx.MAX_UNPACKED_BYTES / (1024 * 1024));
    }

    private Refusal skip(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            unpacked += n;
            if (unpacked > Xlsx.MAX_UNPACKED_BYTES) {
                return tooLarge();
            }
        }
        return null;
    }

    /** The shared texts of the workbook; -1 when unpacking them passes the limit. */
    private long countShared(InputStream raw) throws IOException, XMLStreamException {
        Counting in = new Counting(raw);
        XMLStreamReader xml = reader(in);
        long count = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                count++;
            }
            if (unpacked + in.count > Xlsx.MAX_UNPACKED_BYTES) {
                return -1;
            }
        }
        unpacked += in.count;
        return count;
    }

    private Refusal sheet(InputStream raw, long shared) throws IOException, XMLStreamException {
        Counting in = new Counting(raw);
        XMLStreamReader xml = reader(in);
        String type = null;
        String reference = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (unpacked + in.count > Xlsx.MAX_UNPACKED_BYTES) {
                return tooLarge();
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (name.equals("c")) {
                if (++cells > MAX_CELLS) {
                    return new Refusal("xlsx.too-many-cells", MAX_CELLS);
                }
                type = xml.getAttributeValue(null, "t");
                reference = xml.getAttributeValue(null, "r");
                if (reference != null && !withinSheet(reference)) {
                    return new Refusal("xlsx.bad-cell", reference);
                }
            } else if (name.equals("v")) {
                String v = xml.getElementText().strip();
                boolean ok = "s".equals(type) ? isIndex(v, shared)
                        : type == null || "n".equals(type) ? NUMBER.matcher(v).matches() : v.length() < 100_000;
                if (!ok) {
                    return new Refusal("xlsx.bad-cell", reference == null ? "?" : reference);
                }
            }
        }
        unpacked += in.count;
        return null;
    }

    private static boolean isIndex(String v, long shared) {
        return v.matches("\\d{1,10}") && Long.parseLong(v) < shared;
    }

    private static boolean withinSheet(String reference) {
        var m = REFERENCE.matcher(reference);
        if (!m.matches()) {
            return false;
        }
        int column = 0;
        for (char ch : m.group(1).toCharArray()) {
            column = column * 26 + (ch - 'A' + 1);
        }
        return column <= MAX_COLUMN && Integer.parseInt(m.group(2)) <= MAX_ROW;
    }

    private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // no DTD, no entities: nothing in the file can make the parser expand or fetch anything
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory.createXMLStreamReader(in);
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends java.io.FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
