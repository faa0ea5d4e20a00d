package vn.truongso.core.transcripts.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import vn.truongso.core.transcripts.VerificationCode;

/**
 * What makes the file PDF/A-2b (ISO 19005-2, level B) and deterministic: XMP metadata that says so and agrees with
 * the document information dictionary, an sRGB output intent ({@link SrgbProfile}), and a trailer /ID derived from
 * the document id and content hash instead of the time.
 * Every date is the issue time, so the same transcript and issue time give the same bytes.
 */
final class PdfA {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PRODUCER = "Trường Số (Apache PDFBox)";
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private PdfA() {}

    static void apply(PDDocument document, String title, String author, Instant issuedAt, VerificationCode code)
            throws IOException {
        document.setVersion(1.7f);
        Calendar date = GregorianCalendar.from(issuedAt.atZone(VIETNAM));
        date.setTimeZone(TimeZone.getTimeZone(VIETNAM));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(Labels.get("meta.subject"));
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("vi-VN");
        PDMetadata metadata = new PDMetadata(document);
        // Unfiltered, so any archive tool can read the metadata without inflating it.
        metadata.importXMPMetadata(xmp(title, author, issuedAt, code).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SrgbProfile.bytes()));
        intent.setInfo(SrgbProfile.DESCRIPTION);
        intent.setOutputCondition(SrgbProfile.DESCRIPTION);
        intent.setOutputConditionIdentifier(SrgbProfile.DESCRIPTION);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        byte[] id = fileId(code);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The first 16 bytes of SHA-256 over the verification code: stable, and different for every document. */
    private static byte[] fileId(VerificationCode code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.text().getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String xmp(String title, String author, Instant issuedAt, VerificationCode code) {
        String date = XMP_DATE.format(issuedAt.atZone(VIETNAM));
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>B</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:format>application/pdf</dc:format>
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
                <dc:creator><rdf:Seq><rdf:li>%2$s</rdf:li></rdf:Seq></dc:creator>
                <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%3$s</rdf:li></rdf:Alt></dc:description>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                <xmp:CreateDate>%4$s</xmp:CreateDate>
                <xmp:ModifyDate>%4$s</xmp:ModifyDate>
                <xmp:MetadataDate>%4$s</xmp:MetadataDate>
                <xmp:CreatorTool>%5$s</xmp:CreatorTool>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                <pdf:Producer>%5$s</pdf:Producer>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
                <xmpMM:DocumentID>uuid:%6$s</xmpMM:DocumentID>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="r"?>""".formatted(escape(title), escape(author), escape(Labels.get("meta.subject")),
                date, escape(PRODUCER), code.documentId());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
