package vn.truongso.core.transcripts;

import java.util.Arrays;
import java.util.Objects;

/**
 * The student's photo (ảnh 3×4) as JPEG bytes. A record with an array needs its own equality: two photos with
 * the same bytes are the same photo. The bytes are copied in and out, so a transcript stays immutable.
 */
public record Photo(byte[] jpeg) {
    public Photo {
        Objects.requireNonNull(jpeg, "jpeg");
        // A JPEG starts with the SOI marker FF D8; anything else would fail later, inside the renderer.
        if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) {
            throw new IllegalArgumentException("photo must be a JPEG image");
        }
        jpeg = jpeg.clone();
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Photo p && Arrays.equals(jpeg, p.jpeg);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(jpeg);
    }

    @Override
    public String toString() {
        return "Photo[" + jpeg.length + " bytes]";
    }
}
