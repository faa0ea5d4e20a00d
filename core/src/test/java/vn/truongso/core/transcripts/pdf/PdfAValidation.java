package vn.truongso.core.transcripts.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's reference validator, run on a PDF in memory against PDF/A-2b. */
final class PdfAValidation {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAValidation() {}

    /** The failed rules, one line each ("6.2.11.4.1-1 …: message"); empty when the file is PDF/A-2b. */
    static List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getLocationContext() + ": " + a.getMessage())
                    .distinct().toList();
            if (!result.isCompliant() && failed.isEmpty()) {
                return List.of("not compliant (" + result.getJobEndStatus() + ")");
            }
            return failed;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the file", e);
        }
    }
}
