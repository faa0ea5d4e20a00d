package vn.truongso.core.signatures.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The problems and notes gathered while checking one signature, and the verdict they add up to. */
final class Findings {
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Verdict verdict = Verdict.VALID;

    void invalid(String problem) {
        add(Verdict.INVALID, List.of(problem), List.of());
    }

    void note(String note) {
        notes.add(note);
    }

    void add(Verdict found, List<String> foundProblems, List<String> foundNotes) {
        verdict = verdict.worst(found);
        for (String problem : foundProblems) {
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        notes.addAll(foundNotes);
    }

    SignatureReport report(String field, String signerName, Optional<Instant> claimed, Optional<Instant> stamped,
                           PadesLevel level, boolean coversWholeDocument) {
        return new SignatureReport(field, signerName, claimed, stamped, level, coversWholeDocument, verdict, problems,
                notes);
    }
}
