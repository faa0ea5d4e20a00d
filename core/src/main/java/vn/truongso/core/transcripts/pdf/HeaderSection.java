package vn.truongso.core.transcripts.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import vn.truongso.core.transcripts.Transcript;

/** The top of page 1: managing authority and school on the left, the national motto on the right, the title. */
final class HeaderSection {
    private static final float SIZE = 10.5f;
    private static final float LEADING = 13.5f;
    private static final float LEFT_CENTRE = Canvas.LEFT + 105f;
    private static final float RIGHT_CENTRE = Canvas.RIGHT - 125f;
    private static final float LEFT_BLOCK_WIDTH = 205f;

    private HeaderSection() {}

    static void draw(Canvas c, Transcript t) throws IOException {
        float top = c.y();
        float baseline = top - SIZE;
        List<String> authority = c.wrap(upper(t.school().authority()), Style.REGULAR, SIZE, LEFT_BLOCK_WIDTH);
        for (String line : authority) {
            c.text(line, LEFT_CENTRE, baseline, Style.REGULAR, SIZE, Align.CENTER);
            baseline -= LEADING;
        }
        List<String> school = c.wrap(upper(t.school().name()), Style.BOLD, SIZE, LEFT_BLOCK_WIDTH);
        float widest = 0;
        for (String line : school) {
            c.text(line, LEFT_CENTRE, baseline, Style.BOLD, SIZE, Align.CENTER);
            widest = Math.max(widest, c.width(line, Style.BOLD, SIZE));
            baseline -= LEADING;
        }
        // The short rule under the issuing body, a third of its name's width, as Decree 30/2020 lays it out.
        c.line(LEFT_CENTRE - widest / 6, baseline + LEADING - 5f, LEFT_CENTRE + widest / 6, baseline + LEADING - 5f, 0.6f);
        float leftBottom = baseline;

        float right = top - SIZE;
        c.text(Labels.get("nation"), RIGHT_CENTRE, right, Style.BOLD, SIZE, Align.CENTER);
        right -= LEADING;
        String motto = Labels.get("motto");
        c.text(motto, RIGHT_CENTRE, right, Style.BOLD, 11.5f, Align.CENTER);
        float mottoWidth = c.width(motto, Style.BOLD, 11.5f);
        c.line(RIGHT_CENTRE - mottoWidth / 2, right - 3.5f, RIGHT_CENTRE + mottoWidth / 2, right - 3.5f, 0.6f);
        right -= LEADING;

        c.down(top - Math.min(leftBottom, right) + 8f);
        c.text(Labels.get("title"), (Canvas.LEFT + Canvas.RIGHT) / 2, c.y() - 22f, Style.BOLD, 24f, Align.CENTER);
        c.down(33f);
        c.text(Labels.of("level", t.level()), (Canvas.LEFT + Canvas.RIGHT) / 2, c.y() - 12f, Style.BOLD, 12.5f,
                Align.CENTER);
        c.down(18f);
        if (t.document().replaces() != null) {
            c.red();
            c.text(Labels.get("replaces", t.document().replaces()), (Canvas.LEFT + Canvas.RIGHT) / 2, c.y() - 10f,
                    Style.BOLD, 9.5f, Align.CENTER);
            c.black();
            c.down(16f);
        }
        c.down(3f);
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
