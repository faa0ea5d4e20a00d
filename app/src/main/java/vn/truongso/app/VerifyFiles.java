package vn.truongso.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.truongso.core.signatures.pki.Certificates;
import vn.truongso.core.signatures.verify.DocumentReport;
import vn.truongso.core.signatures.verify.PdfSignatureVerifier;
import vn.truongso.core.signatures.verify.ReportText;
import vn.truongso.core.signatures.verify.TrustSettings;

/**
 * {@code truongso --verify FILE.pdf… --trust ROOT.pem [--crl FILE]}: checks signed transcripts without a display,
 * offline, with the verifier the server uses (core). Only the roots given are trusted, never one a document carries.
 * Exit codes: 0 every file VALID; 3 one is not; 2 a usage error or an unreadable trust file.
 */
public final class VerifyFiles {
    public static final String FLAG = "--verify";
    static final int NOT_VALID = 3;
    static final int USAGE = 2;
    private static final String USAGE_LINE = "usage: truongso --verify FILE.pdf... --trust ROOT.pem [--trust ...]"
            + " [--crl CRL]";

    private VerifyFiles() {}

    static boolean requested(String[] args) {
        return args.length > 0 && args[0].equals(FLAG);
    }

    /** The arguments after {@value #FLAG}, split into files, roots and CRLs. */
    record Arguments(List<Path> files, List<Path> roots, List<Path> crls) {
        static Arguments parse(String[] args) {
            List<Path> files = new ArrayList<>();
            List<Path> roots = new ArrayList<>();
            List<Path> crls = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--trust" -> roots.add(Path.of(value(args, ++i)));
                    case "--crl" -> crls.add(Path.of(value(args, ++i)));
                    default -> {
                        if (args[i].startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        files.add(Path.of(args[i]));
                    }
                }
            }
            if (files.isEmpty() || roots.isEmpty()) {
                throw new IllegalArgumentException("give at least one file and one --trust root");
            }
            return new Arguments(files, roots, crls);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a file");
            }
            return args[i];
        }
    }

    static int run(String[] args, PrintStream out) {
        Arguments arguments;
        PdfSignatureVerifier verifier;
        try {
            arguments = Arguments.parse(args);
            verifier = new PdfSignatureVerifier(trust(arguments));
        } catch (IllegalArgumentException | IOException e) {
            out.println("verify: " + e.getMessage());
            out.println(USAGE_LINE);
            return USAGE;
        }
        boolean allValid = true;
        for (Path file : arguments.files()) {
            DocumentReport report = verify(verifier, file);
            out.print(ReportText.format(file.toString(), report));
            allValid &= report.valid();
        }
        return allValid ? 0 : NOT_VALID;
    }

    private static DocumentReport verify(PdfSignatureVerifier verifier, Path file) {
        try {
            return verifier.verify(Files.readAllBytes(file), Instant.now());
        } catch (IOException e) {
            return new DocumentReport(List.of(), vn.truongso.core.signatures.verify.Verdict.INVALID,
                    List.of("cannot read the file: " + e.getMessage()));
        }
    }

    private static TrustSettings trust(Arguments arguments) throws IOException {
        List<X509Certificate> roots = new ArrayList<>();
        for (Path root : arguments.roots()) {
            roots.addAll(read(root, Certificates::read));
        }
        List<X509CRL> crls = new ArrayList<>();
        for (Path crl : arguments.crls()) {
            crls.add(read(crl, Certificates::readCrl));
        }
        return new TrustSettings(roots, crls);
    }

    private static <T> T read(Path file, java.util.function.Function<byte[], T> parser) throws IOException {
        try {
            return parser.apply(Files.readAllBytes(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
