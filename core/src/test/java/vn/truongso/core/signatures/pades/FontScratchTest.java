package vn.truongso.core.signatures.pades;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class FontScratchTest {
    @Test
    void sizes() throws Exception {
        byte[] font = org.apache.pdfbox.pdmodel.PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf").readAllBytes();
        String text = "Ký bởi: Nguyễn Thị Hoa Hiệu trưởng Ngày ký: 15/06/2027 09:30:00 (giờ Việt Nam) · Đã ký số";
        for (List<String> tables : List.of(List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp"),
                List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx"))) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
            TTFSubsetter subsetter = new TTFSubsetter(ttf, tables);
            text.codePoints().forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            ByteArrayOutputStream z = new ByteArrayOutputStream();
            try (DeflaterOutputStream d = new DeflaterOutputStream(z, new Deflater(9))) { d.write(out.toByteArray()); }
            System.out.println("tables " + tables.size() + " raw " + out.size() + " deflated " + z.size());
        }
    }
}
