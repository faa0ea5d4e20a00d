package vn.truongso.core.signatures.verify;

import java.time.Instant;
import java.util.Optional;

/** The plain-text report the command-line verifiers print: one block per file, one line per finding. */
public final class ReportText {
    private ReportText() {}

    public static String format(String fileName, DocumentReport report) {
        StringBuilder text = new StringBuilder();
        text.append(fileName).append(": ").append(report.verdict()).append('\n');
        if (report.signatures().isEmpty()) {
            report.problems().forEach(problem -> text.append("  ! ").append(problem).append('\n'));
        }
        int number = 1;
        for (SignatureReport signature : report.signatures()) {
            text.append("  signature ").append(number++).append(" (").append(signature.fieldName()).append("): ")
                    .append(signature.verdict()).append('\n');
            text.append("    signer: ").append(signature.signerName().isEmpty() ? "?" : signature.signerName())
                    .append('\n');
            text.append("    level: PAdES ").append(signature.level().label()).append('\n');
            text.append("    signing time (/M, claimed): ").append(time(signature.claimedSigningTime())).append('\n');
            text.append("    time-stamp (proven): ").append(time(signature.timeStampTime())).append('\n');
            text.append("    covers: ").append(signature.coversWholeDocument() ? "the whole document"
                    : "its revision (the document continues after it)").append('\n');
            signature.problems().forEach(problem -> text.append("    ! ").append(problem).append('\n'));
            signature.notes().forEach(note -> text.append("    - ").append(note).append('\n'));
        }
        return text.toString();
    }

    private static String time(Optional<Instant> time) {
        return time.map(Instant::toString).orElse("none");
    }
}
