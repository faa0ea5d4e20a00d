package vn.truongso.server.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.truongso.core.signatures.pki.Certificates;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.pki.SchoolSigningPki;
import vn.truongso.core.signatures.pki.SchoolSigningPki.PrincipalName;
import vn.truongso.server.InvalidInputException;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.signing.SigningPkis;
import vn.truongso.server.trust.MasterKey;

/** {@code signing init|principal|import|root|crl|revoke}: a school's document-signing keys (docs/signatures.md). */
@Command(name = "signing", description = "A school's document-signing PKI: CA, school seal, time-stamping, principal.",
        subcommands = {SigningCommand.Init.class, SigningCommand.Principal.class, SigningCommand.Import.class,
                SigningCommand.Root.class, SigningCommand.Crl.class, SigningCommand.Revoke.class})
final class SigningCommand {

    /** The school and its signing keys, for every subcommand. */
    abstract static class OnSchool extends AdminCommand {
        @Option(names = "--school", required = true, description = "The school's code.")
        String code;

        @Override
        final void run(ServerContext context, PrintWriter out) {
            School school = context.schools().require(code);
            run(new SigningPkis(context.database(), MasterKey.load(context.config()), context.clock()), school, out);
        }

        abstract void run(SigningPkis pkis, School school, PrintWriter out);
    }

    @Command(name = "init", description = "Make the school's document CA, seal key and TSA key (and the principal's).")
    static final class Init extends OnSchool {
        @Option(names = "--algorithm", description = "RSA_2048 (default) or EC_P256.")
        KeyAlgorithm algorithm = KeyAlgorithm.RSA_2048;

        @Option(names = "--principal-name", description = "The principal's full name, to keep her key here too.")
        String principalName;

        @Option(names = "--principal-title", description = "Her title on signatures (default: \"Hiệu trưởng\").")
        String principalTitle = "Hiệu trưởng";

        @Override
        void run(SigningPkis pkis, School school, PrintWriter out) {
            SchoolSigningPki pki = pkis.create(school, Optional.ofNullable(principalName)
                    .map(name -> new PrincipalName(name, principalTitle)), algorithm);
            out.println("Created the signing PKI of " + school.code() + " (" + algorithm + "); root "
                    + pki.root().getSubjectX500Principal().getName());
            out.println("Give verifiers its root: truongso-server signing root --school " + school.code());
        }
    }

    @Command(name = "principal", description = "Issue (or re-issue) the principal's certificate and key, kept here.")
    static final class Principal extends OnSchool {
        @Option(names = "--name", required = true, description = "The principal's full name.")
        String name;

        @Option(names = "--title", description = "Her title on signatures (default: \"Hiệu trưởng\").")
        String title = "Hiệu trưởng";

        @Override
        void run(SigningPkis pkis, School school, PrintWriter out) {
            SchoolSigningPki pki = pkis.require(school);
            var ca = pki.ca().orElseThrow(() -> new InvalidInputException("school " + school.code()
                    + "'s keys were imported; import the principal's PKCS#12 instead"));
            var key = ca.issuePerson(name, title, KeyAlgorithm.of(pki.seal().certificate().getPublicKey()),
                    Clock.systemUTC().instant());
            pkis.replace(school, pki.withPrincipal(key));
            out.println("Issued " + name + "'s certificate, serial " + key.certificate().getSerialNumber().toString(16));
        }
    }

    @Command(name = "import", description = "Use keys from a real CA: a PKCS#12 with the aliases seal and tsa "
            + "(and principal).")
    static final class Import extends OnSchool {
        @Option(names = "--p12", required = true, description = "The PKCS#12 file.")
        Path file;

        @Option(names = "--password-file", required = true,
                description = "A file holding the PKCS#12 password (first line); never on the command line.")
        Path passwordFile;

        @Override
        void run(SigningPkis pkis, School school, PrintWriter out) {
            char[] password = firstLine(passwordFile).toCharArray();
            SchoolSigningPki pki = SchoolSigningPki.fromPkcs12(read(file), password);
            pkis.replace(school, pki);
            out.println("Imported the signing keys of " + school.code() + "; root "
                    + pki.root().getSubjectX500Principal().getName());
        }
    }

    @Command(name = "root", description = "Print the root certificate (PEM) that verifiers trust for this school.")
    static final class Root extends OnSchool {
        @Override
        void run(SigningPkis pkis, School school, PrintWriter out) {
            out.print(Certificates.toPem(pkis.require(school).root()));
        }
    }

    @Command(name = "crl", description = "Print the document CA's current CRL (PEM).")
    static final class Crl extends OnSchool {
        @Override
        void run(SigningPkis pkis, School school, PrintWriter out) {
            out.print(Certificates.toPem(pkis.crl(school)));
        }
    }

    @Command(name = "revoke", description = "Revoke a document-signing certificate (hex serial): it goes on the CRL.")
    static final class Revoke extends OnSchool {
        @Option(names = "--serial", required = true, description = "The certificate's serial number, in hex.")
        String serial;

        @Override
        void run(SigningPkis pkis, School school, PrintWriter out) {
            BigInteger number;
            try {
                number = new BigInteger(serial.strip(), 16);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("--serial must be hexadecimal: '" + serial + "'");
            }
            pkis.revoke(school, number);
            out.println("Revoked serial " + number.toString(16) + " of " + school.code());
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String firstLine(Path file) {
        String text = new String(read(file), StandardCharsets.UTF_8);
        return text.lines().findFirst().orElse("");
    }
}
