package vn.truongso.core.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.truongso.core.signatures.Pkcs11Libraries;

/**
 * A fresh SoftHSM2 token standing in for a USB token (DESIGN §5): a principal's RSA-2048 key and a school seal's
 * EC P-256 key, generated on the token (sensitive, not extractable) with their certificates from a {@link TestCa}.
 *
 * <p><b>How the token is found.</b> SoftHSM2 reads its configuration, which names the token directory, from the
 * file in the {@code SOFTHSM2_CONF} environment variable, once per loaded library, at C_Initialize. A JVM cannot
 * set its own environment, so Surefire sets the variable (parent pom) to a file under {@code target/}, and this
 * fixture writes that file just before the library loads. Tokens created after a library loaded are invisible to
 * it, so every fixture loads its own copy of {@code libsofthsm2.so} from its own directory: the JVM keeps one
 * PKCS#11 module per library path, and the copy is initialised once, against this fixture's token directory.
 * Tests pass {@link #library()} and {@link #slotListIndex()} to the code under test, as a user would configure them.
 *
 * <p>The directory holds two tokens, another one and this one, in the random order of their slot ids: the
 * fixture's token is reached by its slot list index, never its slot id.
 */
public final class SoftHsmToken implements AutoCloseable {
    public static final String RSA_KEY = "principal-rsa";
    public static final String EC_KEY = "school-seal-ec";
    public static final String PRINCIPAL = "Nguyễn Thị Hoa";
    public static final String SCHOOL = "Trường THCS và THPT Bắc Hà";
    private static final String PIN = "246810";
    private static final String SO_PIN = "13579111";
    private static final String LABEL = "truongso-signer";
    /** Writing the configuration and loading the library copy must not interleave between fixtures. */
    private static final Object LOADING = new Object();
    private static final String GENERATE_ON_TOKEN = """
            attributes(generate, CKO_PRIVATE_KEY, *) = {
              CKA_TOKEN = true
              CKA_PRIVATE = true
              CKA_SENSITIVE = true
              CKA_EXTRACTABLE = false
            }
            attributes(generate, CKO_PUBLIC_KEY, *) = {
              CKA_TOKEN = true
            }
            """;

    private final Path directory;
    private final String library;
    private final int slotListIndex;
    private final TestCa ca;
    private final Map<String, X509Certificate> certificates = new ConcurrentHashMap<>();

    private SoftHsmToken(Path directory, String library, int slotListIndex, TestCa ca) {
        this.directory = directory;
        this.library = library;
        this.slotListIndex = slotListIndex;
        this.ca = ca;
    }

    /**
     * A token holding {@link #RSA_KEY} (the principal's; its whole chain stored with it) and {@link #EC_KEY} (the
     * school seal's; only its own certificate stored, its issuers are in {@link #sealIssuers()}).
     */
    public static SoftHsmToken create() {
        SoftHsmToken token = load();
        token.withKeys(provider -> {
            KeyStore store = signedIn(provider);
            KeyPair rsa = generate(provider, "RSA");
            X509Certificate principal = token.ca.issuePerson(PRINCIPAL, rsa.getPublic());
            store.setKeyEntry(RSA_KEY, rsa.getPrivate(), null,
                    token.ca.chainOf(principal).toArray(X509Certificate[]::new));
            KeyPair ec = generate(provider, "EC");
            X509Certificate seal = token.ca.issueOrganisation(SCHOOL, ec.getPublic());
            store.setKeyEntry(EC_KEY, ec.getPrivate(), null, new X509Certificate[] {seal});
            token.certificates.put(RSA_KEY, principal);
            token.certificates.put(EC_KEY, seal);
        });
        return token;
    }

    /** A token with a key pair on it but no certificate: as a token looks before its CA wrote the certificate. */
    public static SoftHsmToken createWithKeyButNoCertificate() {
        SoftHsmToken token = load();
        token.withKeys(provider -> {
            signedIn(provider);
            generate(provider, "EC");
        });
        return token;
    }

    /** The absolute path of this token's own copy of the SoftHSM2 library. */
    public String library() {
        return library;
    }

    public int slotListIndex() {
        return slotListIndex;
    }

    /** The user PIN, a new array each time (the code under test wipes what it is given). */
    public char[] pin() {
        return PIN.toCharArray();
    }

    public X509Certificate certificate(String alias) {
        return certificates.get(alias);
    }

    public TestCa ca() {
        return ca;
    }

    /** The school seal's issuers, as a CA's chain file would give them. */
    public List<X509Certificate> sealIssuers() {
        return List.of(ca.organisationsCa(), ca.root());
    }

    /** Deletes the token's directory. The library copy stays mapped in this JVM; nothing uses it again. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the test token in " + directory, e);
        }
    }

    private interface KeyWork {
        void run(AuthProvider provider) throws GeneralSecurityException, IOException;
    }

    private void withKeys(KeyWork work) {
        AuthProvider provider = provider(library, slotListIndex, GENERATE_ON_TOKEN);
        try {
            work.run(provider);
            provider.logout();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot put the test keys on the SoftHSM2 token", e);
        }
    }

    private static SoftHsmToken load() {
        String systemLibrary = Pkcs11Libraries.softHsm(path -> Files.isRegularFile(Path.of(path)))
                .orElseThrow(() -> notInstalled("no libsofthsm2.so in " + Pkcs11Libraries.candidates()));
        Path util = onPath("softhsm2-util").orElseThrow(() -> notInstalled("no softhsm2-util on the PATH"));
        Path conf = configurationFile();
        synchronized (LOADING) {
            try {
                Path directory = Files.createTempDirectory(conf.getParent(), "token-");
                Path tokens = Files.createDirectory(directory.resolve("tokens"));
                Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
                        + "log.level = ERROR\nslots.removable = false\n", StandardCharsets.UTF_8);
                run(conf, util.toString(), "--init-token", "--free", "--label", "another-token",
                        "--so-pin", SO_PIN, "--pin", "11112222");
                run(conf, util.toString(), "--init-token", "--free", "--label", LABEL,
                        "--so-pin", SO_PIN, "--pin", PIN);
                int index = slotListIndex(run(conf, util.toString(), "--show-slots"));
                Path library = Files.copy(Path.of(systemLibrary), directory.resolve("libsofthsm2.so"));
                // Loading initialises the copy now, while the configuration names this fixture's directory.
                provider(library.toString(), index, "");
                return new SoftHsmToken(directory, library.toString(), index, new TestCa());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a SoftHSM2 token under " + conf.getParent(), e);
            }
        }
    }

    private static AuthProvider provider(String library, int slotListIndex, String extra) {
        String config = "--name=SoftHsmToken\nlibrary = " + library + "\nslotListIndex = " + slotListIndex + "\n"
                + extra;
        return (AuthProvider) Security.getProvider("SunPKCS11").configure(config);
    }

    private static KeyStore signedIn(AuthProvider provider) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, PIN.toCharArray());
        return store;
    }

    private static KeyPair generate(AuthProvider provider, String algorithm) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, provider);
        if (algorithm.equals("EC")) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        } else {
            generator.initialize(2048);
        }
        return generator.generateKeyPair();
    }

    /** The position of this fixture's token in {@code --show-slots}, which lists slots as C_GetSlotList does. */
    static int slotListIndex(String showSlots) {
        List<String> labels = new ArrayList<>();
        for (String line : showSlots.split("\n")) {
            if (line.startsWith("Slot ")) {
                labels.add("");
            } else if (line.strip().startsWith("Label:") && !labels.isEmpty()) {
                labels.set(labels.size() - 1, line.strip().substring("Label:".length()).strip());
            }
        }
        int index = labels.indexOf(LABEL);
        if (index < 0) {
            throw new IllegalStateException("the new token is not in softhsm2-util's slot list:\n" + showSlots);
        }
        return index;
    }

    private static String run(Path conf, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", conf.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running softhsm2-util", e);
        }
        return output;
    }

    private static Path configurationFile() {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null || conf.isBlank()) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set: SoftHSM2 reads its configuration's path only "
                    + "from it. Run the tests through Maven (Surefire sets it, see the parent pom), or set it to a "
                    + "writable file path such as target/softhsm2/softhsm2.conf");
        }
        Path path = Path.of(conf).toAbsolutePath();
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static IllegalStateException notInstalled(String what) {
        return new IllegalStateException("SoftHSM2 is not installed (" + what + "): the signing tests need it as "
                + "their PKCS#11 token. Install the package softhsm2 (apt-get install softhsm2; dnf install softhsm).");
    }
}
