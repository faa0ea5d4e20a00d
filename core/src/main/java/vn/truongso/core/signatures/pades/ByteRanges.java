package vn.truongso.core.signatures.pades;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import vn.truongso.core.signatures.Digests;

/** What a /ByteRange covers, and the /Contents hole between its two parts. */
public final class ByteRanges {
    private ByteRanges() {}

    /** SHA-256 of the bytes {@code byteRange} covers; a range outside the file is an invalid document. */
    public static byte[] digest(byte[] pdf, long[] byteRange) {
        check(pdf, byteRange);
        MessageDigest digest = Digests.sha256();
        digest.update(pdf, (int) byteRange[0], (int) byteRange[1]);
        digest.update(pdf, (int) byteRange[2], (int) byteRange[3]);
        return digest.digest();
    }

    /** The bytes {@code byteRange} covers, as a validator outside (openssl cms -content) is given them. */
    public static byte[] covered(byte[] pdf, long[] byteRange) {
        check(pdf, byteRange);
        byte[] covered = new byte[(int) (byteRange[1] + byteRange[3])];
        System.arraycopy(pdf, (int) byteRange[0], covered, 0, (int) byteRange[1]);
        System.arraycopy(pdf, (int) byteRange[2], covered, (int) byteRange[1], (int) byteRange[3]);
        return covered;
    }

    /** A copy of {@code pdf} with {@code cms} written as hex into the zero-filled hole, the rest left as zeros. */
    static byte[] withContents(byte[] pdf, long[] byteRange, byte[] cms) {
        int start = (int) byteRange[1] + 1; // after '<'
        int room = (int) (byteRange[2] - 1 - start); // before '>'
        byte[] hex = HexFormat.of().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        if (hex.length > room) {
            throw new IllegalStateException("the CMS signature (" + cms.length + " bytes) does not fit the "
                    + room / 2 + " bytes reserved for it");
        }
        byte[] signed = Arrays.copyOf(pdf, pdf.length);
        System.arraycopy(hex, 0, signed, start, hex.length);
        return signed;
    }

    /** The hex digits between '<' and '>' in the hole, decoded (trailing zero padding included). */
    public static byte[] contents(byte[] pdf, long[] byteRange) {
        check(pdf, byteRange);
        int open = (int) byteRange[1];
        int close = (int) byteRange[2] - 1;
        if (pdf[open] != '<' || pdf[close] != '>') {
            throw new IllegalArgumentException("the /ByteRange hole is not exactly the /Contents hex string");
        }
        String hex = new String(pdf, open + 1, close - open - 1, StandardCharsets.US_ASCII);
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the /Contents hole holds something other than hex digits", e);
        }
    }

    private static void check(byte[] pdf, long[] byteRange) {
        if (byteRange.length != 4 || byteRange[0] != 0 || byteRange[1] < 0 || byteRange[2] < byteRange[1]
                || byteRange[3] < 0 || byteRange[2] + byteRange[3] > pdf.length) {
            throw new IllegalArgumentException("a /ByteRange that does not fit the file: "
                    + Arrays.toString(byteRange));
        }
    }
}
