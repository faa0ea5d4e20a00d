package vn.truongso.core.signatures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where PKCS#11 drivers usually are, for a default when nobody configured one: SoftHSM2, OpenSC (many national
 * ID cards and Feitian ePass tokens), SafeNet (Gemalto/Thales eToken, used by several Vietnamese CAs) and Bit4id
 * (the Government CA's newer tokens). A configured path always wins; this is only the guess.
 */
public final class Pkcs11Libraries {
    private static final List<String> LINUX = List.of(
            "/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib64/pkcs11/libsofthsm2.so",
            "/usr/local/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
            "/usr/lib64/opensc-pkcs11.so",
            "/usr/lib/libeTPkcs11.so",
            "/usr/lib/libbit4xpki.so");
    private static final List<String> WINDOWS = List.of(
            "C:\\Windows\\System32\\eTPKCS11.dll",
            "C:\\Windows\\System32\\bit4xpki.dll",
            "C:\\Program Files\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll",
            "C:\\SoftHSM2\\lib\\softhsm2-x64.dll");
    private static final List<String> MAC = List.of(
            "/usr/local/lib/softhsm/libsofthsm2.so",
            "/opt/homebrew/lib/softhsm/libsofthsm2.so",
            "/Library/OpenSC/lib/opensc-pkcs11.so",
            "/usr/local/lib/libeTPkcs11.dylib");

    private Pkcs11Libraries() {}

    /** The usual places on this operating system, in the order they are tried. */
    public static List<String> candidates() {
        return candidates(System.getProperty("os.name", ""));
    }

    public static List<String> candidates(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        return os.startsWith("mac") ? MAC : LINUX;
    }

    /** The first candidate that is installed; {@code isFile} looks at the disk (core itself reads no files). */
    public static Optional<String> firstInstalled(Predicate<String> isFile) {
        return candidates().stream().filter(isFile).findFirst();
    }

    /** The first installed SoftHSM2 library, for tests and demos. */
    public static Optional<String> softHsm(Predicate<String> isFile) {
        return candidates().stream().filter(path -> path.contains("softhsm")).filter(isFile).findFirst();
    }
}
