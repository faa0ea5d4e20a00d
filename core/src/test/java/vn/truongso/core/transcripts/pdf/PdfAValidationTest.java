package vn.truongso.core.transcripts.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The checks the renderer's tests rely on can fail: a plain PDF is not PDF/A, and the sRGB profile is real. */
class PdfAValidationTest {

    @Test
    void aPlainPdfWithoutMetadataOrOutputIntentFailsPdfA2b() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(out);
        }

        assertThat(PdfAValidation.failures(out.toByteArray())).isNotEmpty();
    }

    @Test
    void theBuiltSrgbProfileIsAnRgbDisplayProfileThatMapsWhiteToWhite() {
        ICC_Profile profile = ICC_Profile.getInstance(SrgbProfile.bytes());

        assertThat(profile.getColorSpaceType()).isEqualTo(ColorSpace.TYPE_RGB);
        assertThat(profile.getProfileClass()).isEqualTo(ICC_Profile.CLASS_DISPLAY);
        float[] white = new java.awt.color.ICC_ColorSpace(profile).toCIEXYZ(new float[] {1f, 1f, 1f});
        assertThat(white[1]).isBetween(0.99f, 1.01f);
        float[] grey = new java.awt.color.ICC_ColorSpace(profile).toCIEXYZ(new float[] {0.5f, 0.5f, 0.5f});
        assertThat(grey[1]).isBetween(0.20f, 0.23f); // sRGB 50 % is 21.4 % luminance
        assertThat(SrgbProfile.bytes()).isEqualTo(SrgbProfile.bytes()).hasSizeLessThan(1100);
    }
}
