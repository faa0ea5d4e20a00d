package vn.truongso.core.transcripts.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A compact ICC v2 display profile for sRGB (IEC 61966-2-1), built here rather than shipped: the D50-adapted sRGB
 * colorants and white point as every sRGB profile states them, and the sRGB transfer curve sampled at 256 points,
 * shared by the three channels. About 900 bytes against 3 to 7 KB for the usual files, which matters in a
 * transcript that should stay under 25 KB; PDF/A only needs the output intent to say what RGB means. Computed with
 * {@link StrictMath}, so every JVM produces the same bytes.
 */
final class SrgbProfile {
    static final String DESCRIPTION = "sRGB IEC61966-2.1";
    private static final int CURVE_POINTS = 256;
    private static final byte[] BYTES = build();

    private SrgbProfile() {}

    static byte[] bytes() {
        return BYTES.clone();
    }

    private static byte[] build() {
        byte[] desc = textDescription(DESCRIPTION);
        byte[] cprt = text("No copyright, use freely");
        byte[] wtpt = xyz(0.9642, 1.0, 0.8249);
        byte[] rXyz = xyz(0.4360657, 0.2224884, 0.0139160);
        byte[] gXyz = xyz(0.3851471, 0.7168732, 0.0970764);
        byte[] bXyz = xyz(0.1430664, 0.0606079, 0.7140961);
        byte[] trc = curve();
        String[] signatures = {"desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"};
        byte[][] data = {desc, cprt, wtpt, rXyz, gXyz, bXyz, trc, trc, trc};
        int tableEnd = 128 + 4 + 12 * signatures.length;
        int size = tableEnd;
        for (int i = 0; i < 7; i++) { // the three TRC tags share one curve
            size += align(data[i].length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        header(out, size);
        out.position(128);
        out.putInt(signatures.length);
        int offset = tableEnd;
        int trcOffset = 0;
        for (int i = 0; i < signatures.length; i++) {
            boolean shared = i > 6;
            int at = shared ? trcOffset : offset;
            out.put(ascii(signatures[i])).putInt(at).putInt(data[i].length);
            if (!shared) {
                out.put(at, data[i]);
                trcOffset = i == 6 ? at : trcOffset;
                offset += align(data[i].length);
            }
        }
        return out.array();
    }

    private static void header(ByteBuffer out, int size) {
        out.putInt(0, size);
        out.putInt(8, 0x02100000); // version 2.1
        out.put(12, ascii("mntr")).put(16, ascii("RGB ")).put(20, ascii("XYZ "));
        // Creation date, fixed so the profile (and every transcript) is the same bytes on every build.
        out.putShort(24, (short) 2026).putShort(26, (short) 1).putShort(28, (short) 1);
        out.put(36, ascii("acsp"));
        out.putInt(68, fixed(0.9642)).putInt(72, fixed(1.0)).putInt(76, fixed(0.8249)); // PCS illuminant D50
    }

    /** The sRGB electro-optical transfer function, 0–65535 at evenly spaced inputs. */
    private static byte[] curve() {
        ByteBuffer b = ByteBuffer.allocate(12 + 2 * CURVE_POINTS);
        b.put(ascii("curv")).putInt(0).putInt(CURVE_POINTS);
        for (int i = 0; i < CURVE_POINTS; i++) {
            double v = i / (double) (CURVE_POINTS - 1);
            double linear = v <= 0.04045 ? v / 12.92 : StrictMath.pow((v + 0.055) / 1.055, 2.4);
            b.putShort((short) StrictMath.round(linear * 65535));
        }
        return b.array();
    }

    private static byte[] xyz(double x, double y, double z) {
        return ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0).putInt(fixed(x)).putInt(fixed(y)).putInt(fixed(z))
                .array();
    }

    /** textDescriptionType (ICC v2): ASCII, then empty Unicode and ScriptCode parts. */
    private static byte[] textDescription(String text) {
        byte[] ascii = ascii(text);
        ByteBuffer b = ByteBuffer.allocate(12 + ascii.length + 1 + 8 + 3 + 67);
        b.put(ascii("desc")).putInt(0).putInt(ascii.length + 1).put(ascii).put((byte) 0);
        return b.array();
    }

    private static byte[] text(String text) {
        byte[] ascii = ascii(text);
        return ByteBuffer.allocate(8 + ascii.length + 1).put(ascii("text")).putInt(0).put(ascii).array();
    }

    private static int fixed(double value) {
        return (int) StrictMath.round(value * 65536);
    }

    private static int align(int length) {
        return (length + 3) & ~3;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
