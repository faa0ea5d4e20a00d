package vn.truongso.core.signatures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.truongso.core.signatures.pades.SignatureBox;

/** Simple real PDFs to sign: one A4 page like a transcript (Vietnamese text in an embedded subset font). */
public final class TestPdfs {
    /** Where the principal's and the seal's blocks go, at the foot of the page (as the renderer will give them). */
    public static final SignatureBox PRINCIPAL_BOX = SignatureBox.onLastPage(320, 60, 230, 70);
    public static final SignatureBox SEAL_BOX = SignatureBox.onLastPage(50, 50, 250, 90);

    private TestPdfs() {}

    public static byte[] transcript() {
        try (PDDocument document = new PDDocument();
             InputStream fontFile = PDDocument.class.getResourceAsStream(
                     "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = PDType0Font.load(document, fontFile, true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                line(content, font, 14, 60, 790, "HỌC BẠ — TRƯỜNG THCS VÀ THPT BẮC HÀ");
                line(content, font, 11, 60, 765, "Họ và tên: Nguyễn Thị Ánh Dương    Lớp: 10A1    Năm học: 2026–2027");
                String[] subjects = {"Toán", "Ngữ văn", "Tiếng Anh", "Lịch sử", "Địa lí", "Vật lí", "Hoá học",
                        "Sinh học", "Tin học", "Công nghệ", "Giáo dục thể chất", "Giáo dục quốc phòng và an ninh"};
                float y = 730;
                for (int i = 0; i < subjects.length; i++) {
                    line(content, font, 10, 60, y, subjects[i]);
                    line(content, font, 10, 300, y, "HK I: " + (7 + i % 3) + ",5    HK II: " + (8 + i % 2)
                            + ",0    Cả năm: " + (8 - i % 2) + ",7");
                    y -= 18;
                }
                line(content, font, 10, 60, y - 10, "Xếp loại học tập: Tốt. Rèn luyện: Tốt. Được lên lớp.");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
