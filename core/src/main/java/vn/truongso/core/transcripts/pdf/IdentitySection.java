package vn.truongso.core.transcripts.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;

import vn.truongso.core.transcripts.Parent;
import vn.truongso.core.transcripts.StudentIdentity;
import vn.truongso.core.transcripts.Transcript;

/** Who the student is: label and value lines beside the photo box (ảnh 3×4). */
final class IdentitySection {
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14f;
    /** 3 × 4 cm. */
    private static final float PHOTO_W = 85f;
    private static final float PHOTO_H = 113.4f;
    private static final float TEXT_WIDTH = Canvas.WIDTH - PHOTO_W - 12f;

    private IdentitySection() {}

    static void draw(Canvas c, Transcript t) throws IOException {
        StudentIdentity s = t.student();
        float top = c.y();
        photo(c, s, top);
        fields(c, field("id.name", s.fullName(), 12f), field("id.gender", Labels.of("gender", s.gender())));
        fields(c, field("id.dob", Labels.date(s.dateOfBirth())), field("id.ethnicity", s.ethnicity()),
                field("id.nationality", s.nationality()));
        wide(c, "id.placeOfBirth", s.placeOfBirth());
        wide(c, "id.homeTown", s.homeTown());
        wide(c, "id.address", s.address());
        parent(c, "id.father", s.father());
        parent(c, "id.mother", s.mother());
        if (s.guardian() != null) {
            parent(c, "id.guardian", s.guardian());
        }
        fields(c, field("id.personalId", s.personalId()), field("id.registration", s.registrationNumber()));
        float bottom = Math.min(c.y(), top - PHOTO_H - 4f);
        c.down(c.y() - bottom + 6f);
    }

    private record Field(String label, String value, float size) {}

    private static Field field(String key, String value) {
        return new Field(Labels.get(key), value, SIZE);
    }

    private static Field field(String key, String value, float size) {
        return new Field(Labels.get(key), value, size);
    }

    /** Several short fields on one line, at fixed fractions of the width so lines align as columns. */
    private static void fields(Canvas c, Field... fields) throws IOException {
        float[] starts = fields.length == 2 ? new float[] {0f, 0.64f} : new float[] {0f, 0.42f, 0.7f};
        float baseline = c.y() - SIZE;
        for (int i = 0; i < fields.length; i++) {
            float x = Canvas.LEFT + TEXT_WIDTH * starts[i];
            String label = fields[i].label() + ": ";
            c.text(label, x, baseline, Style.REGULAR, SIZE, Align.LEFT);
            if (fields[i].value() != null) {
                c.text(fields[i].value(), x + c.width(label, Style.REGULAR, SIZE), baseline, Style.BOLD,
                        fields[i].size(), Align.LEFT);
            }
        }
        c.down(LEADING);
    }

    /** One field over the whole width, its value wrapped under itself. */
    private static void wide(Canvas c, String key, String value) throws IOException {
        String label = Labels.get(key) + ": ";
        float labelWidth = c.width(label, Style.REGULAR, SIZE);
        c.text(label, Canvas.LEFT, c.y() - SIZE, Style.REGULAR, SIZE, Align.LEFT);
        List<String> lines = c.wrap(value, Style.REGULAR, SIZE, TEXT_WIDTH - labelWidth);
        for (String line : lines) {
            c.text(line, Canvas.LEFT + labelWidth, c.y() - SIZE, Style.REGULAR, SIZE, Align.LEFT);
            c.down(LEADING);
        }
    }

    private static void parent(Canvas c, String key, Parent parent) throws IOException {
        fields(c, field(key, parent == null ? null : parent.name()),
                field("id.occupation", parent == null ? null : parent.occupation()));
    }

    private static void photo(Canvas c, StudentIdentity s, float top) throws IOException {
        float x = Canvas.RIGHT - PHOTO_W;
        float y = top - PHOTO_H;
        if (s.photo() == null) {
            c.box(x, y, PHOTO_W, PHOTO_H, 0.5f);
            c.text(Labels.get("id.photo"), x + PHOTO_W / 2, y + PHOTO_H / 2 - 3f, Style.REGULAR, 9f, Align.CENTER);
            return;
        }
        PDImageXObject image = JPEGFactory.createFromByteArray(c.document(), s.photo().jpeg());
        // PDF/A-2b allows device colour only where the output intent covers it: RGB or grey for an sRGB intent.
        if (image.getColorSpace() instanceof PDDeviceCMYK) {
            throw new IllegalArgumentException("the photo is a CMYK JPEG; an RGB or greyscale JPEG is needed");
        }
        float scale = Math.min(PHOTO_W / image.getWidth(), PHOTO_H / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        c.out().drawImage(image, x + (PHOTO_W - w) / 2, y + (PHOTO_H - h) / 2, w, h);
    }
}
