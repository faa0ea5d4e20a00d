package vn.truongso.core.signatures.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.truongso.core.signatures.pades.ByteRanges;
import vn.truongso.core.signatures.pades.DssReader;
import vn.truongso.core.signatures.pades.PadesSigner;

/**
 * Checks every signature of a PDF, offline: the bytes each covers are intact and its CMS valid, its time-stamp valid
 * and over its signature value, its signer (and TSA) chained to one of the given school roots — never to a root the
 * document itself carries — and not revoked by the CRLs in the /DSS or given; then what the revisions after it
 * changed. The same code runs in the app, the server and the command-line verifiers.
 */
public final class PdfSignatureVerifier {
    private final TrustSettings trust;

    public PdfSignatureVerifier(TrustSettings trust) {
        this.trust = trust;
    }

    /** Verifies {@code pdf}; {@code now} is the time to check at when a signature has no valid time-stamp. */
    public DocumentReport verify(byte[] pdf, Instant now) {
        List<PDSignature> signatures = new ArrayList<>();
        List<String> names = new ArrayList<>();
        DssReader dss;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignatureField field : document.getSignatureFields()) {
                if (field.getSignature() != null) {
                    signatures.add(field.getSignature());
                    names.add(field.getFullyQualifiedName());
                }
            }
            dss = DssReader.of(document);
        } catch (IOException | IllegalArgumentException e) {
            return new DocumentReport(List.of(), Verdict.INVALID, List.of("not a readable PDF: " + e.getMessage()));
        }
        if (signatures.isEmpty()) {
            return new DocumentReport(List.of(), Verdict.INVALID, List.of("the document has no signature"));
        }
        List<SignatureReport> reports = new ArrayList<>();
        int last = lastSigned(signatures);
        for (int i = 0; i < signatures.size(); i++) {
            reports.add(verifyOne(pdf, names.get(i), signatures.get(i), dss, i == last, now));
        }
        Verdict verdict = Verdict.VALID;
        List<String> problems = new ArrayList<>();
        for (SignatureReport report : reports) {
            verdict = verdict.worst(report.verdict());
            report.problems().forEach(problem -> problems.add(report.fieldName() + ": " + problem));
        }
        return new DocumentReport(reports, verdict, problems);
    }

    private SignatureReport verifyOne(byte[] pdf, String field, PDSignature signature, DssReader dss, boolean last,
                                      Instant now) {
        Findings findings = new Findings();
        Optional<Instant> claimed = Optional.ofNullable(signature.getSignDate()).map(Calendar::toInstant);
        long[] byteRange = longs(signature.getByteRange());
        byte[] covered;
        byte[] contents;
        try {
            covered = ByteRanges.covered(pdf, byteRange);
            contents = ByteRanges.contents(pdf, byteRange);
        } catch (IllegalArgumentException e) {
            findings.invalid(e.getMessage());
            return findings.report(field, "", claimed, Optional.empty(), PadesLevel.NONE, false);
        }
        int revisionEnd = (int) (byteRange[2] + byteRange[3]);
        if (!endsRevision(pdf, revisionEnd)) {
            findings.invalid("the signature does not cover its whole revision (no %%EOF where its range ends)");
        }
        boolean padesSubFilter = PadesSigner.SUB_FILTER.getName().equals(signature.getSubFilter());
        if (!padesSubFilter) {
            findings.note("SubFilter " + signature.getSubFilter() + ": not a PAdES baseline signature");
        }
        CmsCheck cms = CmsCheck.of(contents, covered, dss.certificates());
        cms.problems().forEach(findings::invalid);
        cms.notes().forEach(findings::note);
        String signerName = cms.signer().map(vn.truongso.core.signatures.pki.Certificates::commonName).orElse("");
        Optional<TimeStampCheck> stamp = cms.timeStampToken().map(token -> TimeStampCheck.of(token,
                cms.signatureValue(), pool(cms, dss), trust.trustedRoots(), crls(dss)));
        stamp.ifPresent(check -> findings.add(check.verdict(), check.problems(), check.notes()));
        Optional<Instant> stampTime = stamp.flatMap(TimeStampCheck::time);
        Optional<CertificateCheck> chain = cms.signer().map(signer -> CertificateCheck.of(signer, pool(cms, dss),
                trust.trustedRoots(), crls(dss), stampTime.orElse(now), "the signer"));
        chain.ifPresent(check -> findings.add(check.verdict(), check.problems(), check.notes()));
        RevisionChanges.after(pdf, revisionEnd, !last).forEach(findings::invalid);
        if (!last && revisionEnd < pdf.length) {
            findings.note("later revisions add signatures or validation data only");
        } else if (revisionEnd < trimmedLength(pdf)) {
            findings.note("validation data (/DSS) was added after this signature");
        }
        PadesLevel level = level(padesSubFilter && cms.baseline(), stamp, chain, dss);
        return findings.report(field, signerName, claimed, stampTime, level, revisionEnd >= trimmedLength(pdf));
    }

    private static PadesLevel level(boolean baseline, Optional<TimeStampCheck> stamp,
                                    Optional<CertificateCheck> chain, DssReader dss) {
        if (!baseline) {
            return PadesLevel.NONE;
        }
        if (stamp.isEmpty() || stamp.get().time().isEmpty()) {
            return PadesLevel.B_B;
        }
        boolean longTerm = chain.map(check -> inDss(check, dss)).orElse(false)
                && stamp.get().tsa().map(check -> inDss(check, dss)).orElse(false);
        return longTerm ? PadesLevel.B_LT : PadesLevel.B_T;
    }

    /** Whether the /DSS alone holds a certificate chain and a CRL for each certificate below its root. */
    private static boolean inDss(CertificateCheck check, DssReader dss) {
        List<X509Certificate> chain = check.chainWithAnchor();
        if (chain.isEmpty()) {
            return false;
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            if (!dss.certificates().contains(chain.get(i))
                    || CertificateCheck.issuedBy(chain.get(i + 1), dss.crls()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static List<X509Certificate> pool(CmsCheck cms, DssReader dss) {
        List<X509Certificate> pool = new ArrayList<>(cms.certificates());
        pool.addAll(dss.certificates());
        return pool;
    }

    private List<X509CRL> crls(DssReader dss) {
        List<X509CRL> crls = new ArrayList<>(dss.crls());
        crls.addAll(trust.extraCrls());
        return crls;
    }

    /** The index of the signature whose revision ends last: the one after which only validation data may follow. */
    private static int lastSigned(List<PDSignature> signatures) {
        int last = 0;
        long end = -1;
        for (int i = 0; i < signatures.size(); i++) {
            int[] range = signatures.get(i).getByteRange();
            long thisEnd = range.length == 4 ? (long) range[2] + range[3] : -1;
            if (thisEnd > end) {
                end = thisEnd;
                last = i;
            }
        }
        return last;
    }

    /** Whether the bytes just before {@code end} are "%%EOF" (and an end of line). */
    private static boolean endsRevision(byte[] pdf, int end) {
        String tail = new String(pdf, Math.max(0, end - 8), Math.min(8, end), StandardCharsets.ISO_8859_1).stripTrailing();
        return tail.endsWith("%%EOF");
    }

    private static int trimmedLength(byte[] pdf) {
        int length = pdf.length;
        while (length > 0 && (pdf[length - 1] == '\n' || pdf[length - 1] == '\r' || pdf[length - 1] == ' ')) {
            length--;
        }
        return length;
    }

    private static long[] longs(int[] range) {
        long[] longs = new long[range.length];
        for (int i = 0; i < range.length; i++) {
            longs[i] = range[i];
        }
        return longs;
    }
}
