package vn.truongso.core.transcripts.pdf;

import java.io.IOException;
import java.util.List;

/** Drawing pieces the sections share: headings and "label: text" paragraphs. */
final class Sections {
    static final float SIZE = 10f;
    static final float LEADING = 13f;

    private Sections() {}

    /** A bold centred heading; the caller has made sure what follows it fits too. */
    static void heading(Canvas c, String text) throws IOException {
        c.text(text, (Canvas.LEFT + Canvas.RIGHT) / 2, c.y() - 11f, Style.BOLD, 11f, Align.CENTER);
        c.down(17f);
    }

    /** "Label: text", the label bold, the text wrapped over the given width starting after the label. */
    static void paragraph(Canvas c, float x, float width, String label, String text) throws IOException {
        String prefix = label + ": ";
        float prefixWidth = c.width(prefix, Style.BOLD, SIZE);
        List<String> lines = c.wrap(text == null ? "" : text, Style.REGULAR, SIZE, width - prefixWidth);
        c.ensure(lines.size() * LEADING);
        c.text(prefix, x, c.y() - SIZE, Style.BOLD, SIZE, Align.LEFT);
        for (String line : lines) {
            c.text(line, x + prefixWidth, c.y() - SIZE, Style.REGULAR, SIZE, Align.LEFT);
            c.down(LEADING);
        }
    }

    /** "Label: value" on one line at (x, baseline), value bold; returns the width used. */
    static float pair(Canvas c, float x, float baseline, String label, String value) throws IOException {
        String prefix = label + ": ";
        c.text(prefix, x, baseline, Style.REGULAR, SIZE, Align.LEFT);
        float w = c.width(prefix, Style.REGULAR, SIZE);
        if (value != null && !value.isEmpty()) {
            c.text(value, x + w, baseline, Style.BOLD, SIZE, Align.LEFT);
            w += c.width(value, Style.BOLD, SIZE);
        }
        return w;
    }
}
