package vn.truongso.server.admin;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.truongso.core.signatures.pki.Certificates;
import vn.truongso.core.signatures.verify.DocumentReport;
import vn.truongso.core.signatures.verify.PdfSignatureVerifier;
import vn.truongso.core.signatures.verify.ReportText;
import vn.truongso.core.signatures.verify.TrustSettings;
import vn.truongso.server.InvalidInputException;

/**
 * {@code verify FILE.pdf… --trust root.pem}: checks signed transcripts offline, with no database and no network.
 * Only the roots given are trusted — never one a document carries in its /DSS. Prints a report per file; exits 0
 * when every file is VALID, {@value #NOT_VALID} when any is not.
 */
@Command(name = "verify", description = "Check the signatures of PDF files offline against the given school roots.")
final class VerifyCommand implements Callable<Integer> {
    static final int NOT_VALID = 3;

    @Parameters(arity = "1..*", paramLabel = "FILE.pdf", description = "The signed PDFs.")
    List<Path> files;

    @Option(names = "--trust", required = true, paramLabel = "ROOT.pem",
            description = "A school's document root (PEM or DER; repeatable; a PEM file may hold several).")
    List<Path> roots;

    @Option(names = "--crl", paramLabel = "FILE", description = "More CRLs (PEM or DER) beside those in the /DSS.")
    List<Path> crls = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<X509Certificate> trusted = new ArrayList<>();
        for (Path root : roots) {
            trusted.addAll(parse(root, () -> Certificates.read(SigningCommand.read(root))));
        }
        List<X509CRL> given = new ArrayList<>();
        for (Path crl : crls) {
            given.add(parse(crl, () -> Certificates.readCrl(SigningCommand.read(crl))));
        }
        PdfSignatureVerifier verifier = new PdfSignatureVerifier(new TrustSettings(trusted, given));
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = true;
        for (Path file : files) {
            DocumentReport report = verifier.verify(SigningCommand.read(file), Instant.now());
            out.print(ReportText.format(file.toString(), report));
            allValid &= report.valid();
        }
        return allValid ? AdminCli.OK : NOT_VALID;
    }

    private static <T> T parse(Path file, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file + ": " + e.getMessage());
        }
    }
}
