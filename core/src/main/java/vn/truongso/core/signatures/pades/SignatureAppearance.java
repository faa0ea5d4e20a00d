package vn.truongso.core.signatures.pades;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible signature block, as the one-page "template" PDF that PDFBox merges into the signed revision: a
 * signature field whose widget sits at the caller's box and whose appearance shows the signer's name, title and
 * signing time (Vietnam time), and for the seal signature a red round seal at its left. Text is set in Liberation
 * Sans (shipped inside PDFBox, Vietnamese glyphs included), embedded as a subset as PDF/A asks.
 */
final class SignatureAppearance {
    /** Vietnamese civil time: the time printed in the block; the PDF's /M and the time-stamp keep the instant. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private SignatureAppearance() {}

    /** The template for a field named {@code fieldName} on a page shaped like {@code target}. */
    static byte[] template(PDPage target, String fieldName, VisibleSignature block, String signerName,
                           String organisation, Instant signingTime) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(target.getMediaBox());
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(fieldName);
            PDAnnotationWidget widget = field.getWidgets().getFirst();
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            SignatureBox box = block.box();
            widget.setRectangle(new PDRectangle(box.x(), box.y(), box.width(), box.height()));
            widget.setPrinted(true);
            page.getAnnotations().add(widget);

            PDFormXObject appearance = new PDFormXObject(new PDStream(template));
            appearance.setResources(new PDResources());
            appearance.setFormType(1);
            appearance.setBBox(new PDRectangle(box.width(), box.height()));
            PDAppearanceDictionary appearances = new PDAppearanceDictionary();
            appearances.getCOSObject().setDirect(true);
            appearances.setNormalAppearance(new PDAppearanceStream(appearance.getCOSObject()));
            widget.setAppearance(appearances);
            List<String> lines = lines(block, signerName, signingTime);
            String sealText = SealDrawing.text(organisation);
            PDFont font = AppearanceFont.load(template, block.seal() ? concat(lines, sealText) : lines);
            try (PDPageContentStream content = new PDPageContentStream(template,
                    new PDAppearanceStream(appearance.getCOSObject()))) {
                draw(content, font, block, lines, sealText);
            }
            compress(appearance.getCOSObject());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> lines(VisibleSignature block, String signerName, Instant signingTime) {
        // No fallback to the JVM's locale: Vietnamese is the base bundle, whatever the machine's language.
        ResourceBundle labels = ResourceBundle.getBundle(SignatureAppearance.class.getPackageName() + ".Appearance",
                block.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return Stream.of(
                MessageFormat.format(labels.getString("signedBy"), signerName),
                block.title(),
                MessageFormat.format(labels.getString("signedAt"), TIME.format(signingTime.atZone(VIETNAM))),
                labels.getString("timeZone") + " · " + labels.getString("digitallySigned"))
                .map(text -> Normalizer.normalize(text, Normalizer.Form.NFC)).toList();
    }

    private static void draw(PDPageContentStream content, PDFont font, VisibleSignature block, List<String> lines,
                             String sealText) throws IOException {
        SignatureBox box = block.box();
        float left = 2;
        if (block.seal()) {
            float radius = Math.min(box.height(), box.width() / 2) / 2 - 1;
            SealDrawing.draw(content, font, sealText, radius + 1, box.height() / 2, radius);
            left = 2 * radius + 6;
        }
        writeLines(content, font, lines, left, box);
    }

    /** PDFBox writes appearance streams uncompressed; the seal's glyph-by-glyph ring shrinks to a third. */
    private static void compress(COSStream stream) throws IOException {
        byte[] raw;
        try (InputStream in = stream.createInputStream()) {
            raw = in.readAllBytes();
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(raw);
        }
    }

    private static List<String> concat(List<String> lines, String more) {
        return Stream.concat(lines.stream(), Stream.of(more)).toList();
    }

    /** The lines top-down in one size that fits both the box's width and its height. */
    private static void writeLines(PDPageContentStream content, PDFont font, List<String> lines, float left,
                                   SignatureBox box) throws IOException {
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, font.getStringWidth(line) / 1000f);
        }
        float available = box.width() - left - 2;
        float size = Math.min(11, Math.min(available / Math.max(widest, 1e-3f), box.height() / (lines.size() * 1.3f)));
        float leading = size * 1.3f;
        float top = box.height() / 2 + leading * lines.size() / 2 - size;
        content.beginText();
        content.setNonStrokingColor(0.05f, 0.15f, 0.45f);
        content.setFont(font, size);
        content.newLineAtOffset(left, top);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                content.newLineAtOffset(0, -leading);
            }
            content.showText(lines.get(i));
        }
        content.endText();
    }
}
