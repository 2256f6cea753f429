package de.smartregion.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Corrects two things in what fastexcel writes. It stamps the document's creation time (now) into its core
 * properties, so the same input would give different bytes on every run, which CI jobs that compare their output,
 * and version control, take for a change. And it hashes an empty protection password to 0, where Excel's hash of
 * the empty password is CE4B: Excel would then ask for a password that nobody can give. The archive is written
 * again without the time and without the password (a sheet protected without one); everything else stays as it
 * was, entry by entry, with a fixed entry time.
 */
public final class XlsxArchive {

    private static final String CORE = "docProps/core.xml";
    private static final java.util.regex.Pattern SHEET =
            java.util.regex.Pattern.compile("xl/worksheets/sheet\\d+\\.xml");
    /**
     * A fixed time, as the entry's local time: the same bytes in every time zone. Not 1980-01-01, the earliest a zip
     * entry holds: east of UTC that is 1979 in UTC, and the JDK then writes a time stamp of the machine's zone.
     */
    private static final java.time.LocalDateTime FIXED_TIME = java.time.LocalDateTime.of(1980, 2, 1, 0, 0);

    private XlsxArchive() {
    }

    public static byte[] corrected(byte[] xlsx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        // java.util.zip's stream reader refuses fastexcel's local headers (sizes only in the central directory)
        try (ZipFile in = open(xlsx); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                byte[] content;
                try (InputStream entry = in.getInputStream(e)) {
                    content = entry.readAllBytes();
                }
                if (CORE.equals(e.getName())) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
                            .getBytes(StandardCharsets.UTF_8);
                } else if (SHEET.matcher(e.getName()).matches()) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace("<sheetProtection password=\"0\" ", "<sheetProtection ")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rewriting a workbook held in memory", e);
        }
        return out.toByteArray();
    }

    /** A zip archive held in memory, read through its central directory. */
    public static ZipFile open(byte[] zip) throws IOException {
        return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
    }
}
