package vn.truongso.core.transcripts.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeMap;

/**
 * A TrueType font without its hinting: glyph instructions emptied and the hinting tables (fpgm, prep, cvt, and the
 * device metrics hdmx, LTSH, VDMX) dropped. Hinting grid-fits glyphs for low-resolution screens; printers and PDF
 * viewers at print size do not need it, and in Liberation Serif it is over half of every glyph's bytes — the
 * difference between a transcript of 35 KB and one under 25 KB. Done in memory on the unmodified font files; the
 * Open Font License lets documents embed modified subsets.
 */
final class UnhintedTrueType {
    private static final Set<String> HINTING_TABLES = Set.of("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX");
    // Composite glyph component flags (OpenType 'glyf').
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    private UnhintedTrueType() {}

    static byte[] strip(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int numTables = Short.toUnsignedInt(in.getShort(4));
        TreeMap<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < numTables; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, StandardCharsets.US_ASCII);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            if (!HINTING_TABLES.contains(tag)) {
                byte[] table = new byte[length];
                System.arraycopy(font, offset, table, 0, length);
                tables.put(tag, table);
            }
        }
        rewriteGlyphs(tables);
        return assemble(in.getInt(0), tables);
    }

    /** glyf without instructions, and loca in the long format to match. */
    private static void rewriteGlyphs(TreeMap<String, byte[]> tables) {
        ByteBuffer head = ByteBuffer.wrap(tables.get("head"));
        boolean longLoca = head.getShort(50) == 1;
        int glyphs = Short.toUnsignedInt(ByteBuffer.wrap(tables.get("maxp")).getShort(4));
        ByteBuffer loca = ByteBuffer.wrap(tables.get("loca"));
        byte[] glyf = tables.get("glyf");
        ByteBuffer newGlyf = ByteBuffer.allocate(glyf.length);
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (glyphs + 1));
        for (int g = 0; g < glyphs; g++) {
            int start = longLoca ? loca.getInt(4 * g) : 2 * Short.toUnsignedInt(loca.getShort(2 * g));
            int end = longLoca ? loca.getInt(4 * g + 4) : 2 * Short.toUnsignedInt(loca.getShort(2 * g + 2));
            newLoca.putInt(newGlyf.position());
            if (end > start) {
                newGlyf.put(withoutInstructions(glyf, start, end));
                while (newGlyf.position() % 4 != 0) {
                    newGlyf.put((byte) 0);
                }
            }
        }
        newLoca.putInt(newGlyf.position());
        byte[] glyfBytes = new byte[newGlyf.position()];
        newGlyf.get(0, glyfBytes);
        tables.put("glyf", glyfBytes);
        tables.put("loca", newLoca.array());
        byte[] headBytes = tables.get("head").clone();
        ByteBuffer.wrap(headBytes).putShort(50, (short) 1);
        tables.put("head", headBytes);
    }

    private static byte[] withoutInstructions(byte[] glyf, int start, int end) {
        ByteBuffer g = ByteBuffer.wrap(glyf, start, end - start).slice();
        int contours = g.getShort(0);
        if (contours >= 0) {
            int lengthAt = 10 + 2 * contours;
            int instructions = Short.toUnsignedInt(g.getShort(lengthAt));
            int rest = lengthAt + 2 + instructions;
            byte[] out = new byte[end - start - instructions];
            System.arraycopy(glyf, start, out, 0, lengthAt);
            // out[lengthAt], out[lengthAt + 1] stay 0: no instructions.
            System.arraycopy(glyf, start + rest, out, lengthAt + 2, end - start - rest);
            return out;
        }
        byte[] out = new byte[end - start];
        System.arraycopy(glyf, start, out, 0, out.length);
        ByteBuffer o = ByteBuffer.wrap(out);
        int p = 10;
        int flags;
        do {
            flags = Short.toUnsignedInt(o.getShort(p));
            o.putShort(p, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            p += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                p += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                p += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                p += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        byte[] cut = new byte[p];
        System.arraycopy(out, 0, cut, 0, p);
        return cut;
    }

    /** An sfnt with these tables, in tag order, 4-byte aligned, with correct checksums. */
    private static byte[] assemble(int sfntVersion, TreeMap<String, byte[]> tables) {
        int n = tables.size();
        int size = 12 + 16 * n;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(n);
        out.putInt(sfntVersion).putShort((short) n).putShort((short) (16 * power))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (16 * n - 16 * power));
        int offset = 12 + 16 * n;
        int headOffset = 0;
        for (var e : tables.entrySet()) {
            byte[] t = e.getValue();
            if (e.getKey().equals("head")) {
                t = t.clone();
                ByteBuffer.wrap(t).putInt(8, 0); // checkSumAdjustment is computed over the font with it zeroed
                e.setValue(t);
                headOffset = offset;
            }
            out.put(e.getKey().getBytes(StandardCharsets.US_ASCII)).putInt(checksum(t)).putInt(offset).putInt(t.length);
            out.put(offset, t);
            offset += (t.length + 3) & ~3;
        }
        byte[] font = out.array();
        ByteBuffer.wrap(font).putInt(headOffset + 8, (int) (0xB1B0AFBAL - Integer.toUnsignedLong(checksum(font))));
        return font;
    }

    private static int checksum(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            int word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < data.length ? data[i + j] & 0xff : 0);
            }
            sum += word;
        }
        return sum;
    }
}
