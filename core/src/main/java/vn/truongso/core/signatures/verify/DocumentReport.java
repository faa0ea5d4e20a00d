package vn.truongso.core.signatures.verify;

import java.util.List;

/**
 * What the verifier found about one PDF: every signature in document order, and the overall verdict (the worst of
 * theirs; INVALID when there is no signature at all).
 */
public record DocumentReport(List<SignatureReport> signatures, Verdict verdict, List<String> problems) {
    public DocumentReport {
        signatures = List.copyOf(signatures);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return verdict == Verdict.VALID;
    }
}
