package de.smartregion.report;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The templates of a {@code --templates} directory. A name that is not in the directory falls through to the
 * bundled templates; one that is must be a regular file of at most {@link #MAX_BYTES} bytes inside the directory.
 * A symbolic link is followed only as far as the directory reaches: one to another file in it serves (a shared
 * template under two names), one leading out of it, or nowhere, is refused by name rather than silently replaced
 * by the bundled template of the same name.
 */
final class UserTemplateLoader implements TemplateLoader {

    /** Far above any real template (the bundled ones have at most 15 KB), far below a size that strains memory. */
    static final int MAX_BYTES = 1024 * 1024;

    private final Path dir;

    UserTemplateLoader(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** Where the user finds the template {@code name} (FreeMarker's normalised name, no ".." left). */
    Path file(String name) {
        return dir.resolve(name);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path file = file(name);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new TemplateRefusal(file.toString(), "template.link-broken");
        } catch (IOException e) {
            // a loop of links, or a directory on the way that cannot be read
            throw new TemplateRefusal(file.toString(), "template.cannot-read",
                    e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage());
        }
        Path realDir = dir.toRealPath();
        if (!real.startsWith(realDir)) {
            throw new TemplateRefusal(file.toString(), "template.link-outside", real, dir);
        }
        if (!Files.isRegularFile(real)) {
            throw new TemplateRefusal(file.toString(), "template.not-a-file");
        }
        long size = Files.size(real);
        if (size > MAX_BYTES) {
            throw new TemplateRefusal(file.toString(), "template.too-large", size, MAX_BYTES);
        }
        return real;
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        // strict decoding: a template in another encoding fails with a message instead of showing U+FFFD
        InputStream in = Files.newInputStream((Path) source);
        return new InputStreamReader(in, Charset.forName(encoding).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing held open between findTemplateSource and getReader
    }
}
