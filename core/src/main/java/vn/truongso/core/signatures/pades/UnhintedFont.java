package vn.truongso.core.signatures.pades;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * Removes the hinting instructions from a TrueType font (each glyph's, and the fpgm/prep/cvt tables): they only
 * help rasterisers at small pixel sizes on screens of the 1990s, and in Liberation Sans they are half of every
 * glyph (and the glyph names, which PDF text does not use). A signature block's subset font drops from about 8 KB to about 3 KB, which matters when a whole signed
 * transcript is meant to stay under 40 KB. Outlines, metrics and the character map are kept byte for byte.
 */
final class UnhintedFont {
    private static final int ARG_1_AND_2_ARE_WORDS = 0x1;
    private static final int WE_HAVE_A_SCALE = 0x8;
    private static final int MORE_COMPONENTS = 0x20;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x40;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x80;
    private static final int WE_HAVE_INSTRUCTIONS = 0x100;

    private UnhintedFont() {}

    static byte[] strip(byte[] font) {
        Map<String, byte[]> tables = tables(font);
        tables.remove("fpgm");
        tables.remove("prep");
        tables.remove("cvt ");
        byte[] head = tables.get("head").clone();
        boolean longLoca = ByteBuffer.wrap(head).getShort(50) == 1;
        int glyphCount = ByteBuffer.wrap(tables.get("maxp")).getShort(4) & 0xFFFF;
        long[] offsets = loca(tables.get("loca"), longLoca, glyphCount);
        byte[] glyf = tables.get("glyf");
        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream(glyf.length);
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (glyphCount + 1));
        for (int glyph = 0; glyph < glyphCount; glyph++) {
            newLoca.putInt(newGlyf.size());
            int start = (int) offsets[glyph];
            int end = (int) offsets[glyph + 1];
            if (end > start) {
                byte[] stripped = stripGlyph(glyf, start, end);
                newGlyf.writeBytes(stripped);
                newGlyf.writeBytes(new byte[(4 - stripped.length % 4) % 4]);
            }
        }
        newLoca.putInt(newGlyf.size());
        ByteBuffer.wrap(head).putShort(50, (short) 1).putInt(8, 0);
        tables.put("head", head);
        tables.put("loca", newLoca.array());
        tables.put("glyf", newGlyf.toByteArray());
        tables.put("post", withoutGlyphNames(tables.get("post")));
        return write(tables);
    }

    /** A 'post' table of format 3: the same metrics, no glyph names (PDF text maps through ToUnicode). */
    private static byte[] withoutGlyphNames(byte[] post) {
        byte[] header = java.util.Arrays.copyOf(post, 32);
        ByteBuffer.wrap(header).putInt(0, 0x00030000);
        return header;
    }

    private static byte[] stripGlyph(byte[] glyf, int start, int end) {
        ByteBuffer data = ByteBuffer.wrap(glyf, start, end - start).slice();
        int contours = data.getShort(0);
        if (contours >= 0) {
            int lengthAt = 10 + 2 * contours;
            int instructions = data.getShort(lengthAt) & 0xFFFF;
            byte[] out = new byte[end - start - instructions];
            System.arraycopy(glyf, start, out, 0, lengthAt);
            // the instruction length stays 0 (the array is zero-filled); flags and coordinates follow as they were
            System.arraycopy(glyf, start + lengthAt + 2 + instructions, out, lengthAt + 2,
                    end - start - lengthAt - 2 - instructions);
            return out;
        }
        int at = 10;
        int flags;
        do {
            flags = data.getShort(at) & 0xFFFF;
            data.putShort(at, (short) (flags & ~WE_HAVE_INSTRUCTIONS)); // a slice of a copy: see tables()
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        byte[] out = new byte[at];
        data.get(0, out);
        return out;
    }

    private static long[] loca(byte[] loca, boolean longFormat, int glyphCount) {
        ByteBuffer buffer = ByteBuffer.wrap(loca);
        long[] offsets = new long[glyphCount + 1];
        for (int i = 0; i <= glyphCount; i++) {
            offsets[i] = longFormat ? buffer.getInt(4 * i) & 0xFFFFFFFFL : 2L * (buffer.getShort(2 * i) & 0xFFFF);
        }
        return offsets;
    }

    /** The font's tables by tag, each a copy (so that the glyph flags can be changed in place). */
    private static Map<String, byte[]> tables(byte[] font) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int count = buffer.getShort(4) & 0xFFFF;
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int offset = buffer.getInt(record + 8);
            int length = buffer.getInt(record + 12);
            byte[] table = new byte[length];
            System.arraycopy(font, offset, table, 0, length);
            tables.put(tag, table);
        }
        return tables;
    }

    private static byte[] write(Map<String, byte[]> tables) {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] table : tables.values()) {
            size += (table.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        out.putInt(0x00010000).putShort((short) count).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
        int offset = 12 + 16 * count;
        int headOffset = 0;
        for (Map.Entry<String, byte[]> entry : tables.entrySet()) {
            byte[] table = entry.getValue();
            out.put(entry.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                    .putInt((int) checksum(table)).putInt(offset).putInt(table.length);
            out.put(offset, table);
            if (entry.getKey().equals("head")) {
                headOffset = offset;
            }
            offset += (table.length + 3) & ~3;
        }
        byte[] bytes = out.array();
        ByteBuffer.wrap(bytes).putInt(headOffset + 8, (int) (0xB1B0AFBAL - checksum(bytes)));
        return bytes;
    }

    private static long checksum(byte[] data) {
        long sum = 0;
        ByteBuffer buffer = ByteBuffer.wrap(java.util.Arrays.copyOf(data, (data.length + 3) & ~3));
        while (buffer.hasRemaining()) {
            sum += buffer.getInt() & 0xFFFFFFFFL;
        }
        return sum & 0xFFFFFFFFL;
    }
}
