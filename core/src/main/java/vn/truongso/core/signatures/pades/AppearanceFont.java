package vn.truongso.core.signatures.pades;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of a signature block: Liberation Sans (shipped inside PDFBox, with every Vietnamese letter), cut down to
 * the characters the block shows and stripped of hinting ({@link UnhintedFont}), then embedded whole — it is already
 * a subset, tagged as one — as PDF/A asks of every font.
 */
final class AppearanceFont {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = read();
    private static final List<String> KEEP = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "cmap", "OS/2",
            "name", "post");

    private AppearanceFont() {}

    /** The font for {@code texts}, embedded in {@code document}. */
    static PDFont load(PDDocument document, List<String> texts) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES));
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font, KEEP);
            subsetter.setPrefix(tag(texts));
            texts.forEach(text -> text.codePoints().forEach(subsetter::add));
            ByteArrayOutputStream subset = new ByteArrayOutputStream();
            subsetter.writeToStream(subset);
            return PDType0Font.load(document, new ByteArrayInputStream(UnhintedFont.strip(subset.toByteArray())),
                    false);
        } finally {
            font.close();
        }
    }

    /** Six capital letters from the text's hash: the subset tag ISO 32000 §9.6.4 asks for. */
    private static String tag(List<String> texts) {
        int hash = String.join("\n", texts).hashCode();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash >> (i * 5), 26)));
        }
        return tag.append('+').toString();
    }

    private static byte[] read() {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's jar lacks " + FONT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
