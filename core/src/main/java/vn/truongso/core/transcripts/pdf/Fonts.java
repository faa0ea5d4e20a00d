package vn.truongso.core.transcripts.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Serif (SIL Open Font License 1.1, licence beside the files): metrically compatible with Times New
 * Roman, which Vietnamese official documents are set in, and complete for Vietnamese. The files are read once and
 * their hinting removed ({@link UnhintedTrueType}); each document parses its own copy, because a parsed font is not
 * safe to share between threads that subset it.
 */
final class Fonts {
    private static final Map<Style, byte[]> FILES = new EnumMap<>(Map.of(
            Style.REGULAR, UnhintedTrueType.strip(read("LiberationSerif-Regular.ttf")),
            Style.BOLD, UnhintedTrueType.strip(read("LiberationSerif-Bold.ttf"))));

    private Fonts() {}

    /** The faces embedded as subsets (PDF/A needs every font embedded; a subset keeps the file small). */
    static Map<Style, PDType0Font> load(PDDocument document) throws IOException {
        Map<Style, PDType0Font> fonts = new EnumMap<>(Style.class);
        for (Map.Entry<Style, byte[]> file : FILES.entrySet()) {
            fonts.put(file.getKey(), PDType0Font.load(document, new ByteArrayInputStream(file.getValue()), true));
        }
        return fonts;
    }

    private static byte[] read(String name) {
        String path = "/vn/truongso/core/transcripts/fonts/" + name;
        try (InputStream in = Fonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + path, e);
        }
    }
}
