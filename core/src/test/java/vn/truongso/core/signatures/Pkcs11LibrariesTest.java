package vn.truongso.core.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class Pkcs11LibrariesTest {

    @Test
    void eachSystemHasItsOwnPlaces() {
        assertThat(Pkcs11Libraries.candidates("Windows 11")).allMatch(path -> path.endsWith(".dll"));
        assertThat(Pkcs11Libraries.candidates("Linux")).allMatch(path -> path.startsWith("/") && path.endsWith(".so"));
        assertThat(Pkcs11Libraries.candidates("Mac OS X")).isNotEmpty();
    }

    @Test
    void theFirstInstalledCandidateIsTheDefault() {
        String second = Pkcs11Libraries.candidates().get(1);
        assertThat(Pkcs11Libraries.firstInstalled(second::equals)).contains(second);
        assertThat(Pkcs11Libraries.firstInstalled(path -> false)).isEmpty();
    }

    @Test
    void findsSoftHsm2OnThisMachine() {
        // The signing tests need SoftHSM2 (package softhsm2); this says so first if it is missing.
        assertThat(Pkcs11Libraries.softHsm(path -> Files.isRegularFile(Path.of(path))))
                .as("SoftHSM2 is not installed: apt-get install softhsm2").isPresent();
    }
}
