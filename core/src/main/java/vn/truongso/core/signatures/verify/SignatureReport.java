package vn.truongso.core.signatures.verify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the verifier found about one signature.
 *
 * @param fieldName           the signature field's name
 * @param signerName          the common name of the signer's certificate (empty if it could not be found)
 * @param claimedSigningTime  the PDF's /M: the time the signer's software says (not proven)
 * @param timeStampTime       the signature time-stamp's time, when a valid one is present (proven)
 * @param level               the PAdES baseline level reached
 * @param coversWholeDocument whether the signature covers every byte of the file (only the last one can)
 * @param verdict             the conclusion
 * @param problems            why the verdict is not VALID, one sentence each
 * @param notes               other things worth saying (a later revision's contents, a revocation after the fact)
 */
public record SignatureReport(String fieldName, String signerName, Optional<Instant> claimedSigningTime,
                              Optional<Instant> timeStampTime, PadesLevel level, boolean coversWholeDocument,
                              Verdict verdict, List<String> problems, List<String> notes) {
    public SignatureReport {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }
}
