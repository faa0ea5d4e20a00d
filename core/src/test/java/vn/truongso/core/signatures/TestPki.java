package vn.truongso.core.signatures;

import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.pki.Revocation;
import vn.truongso.core.signatures.pki.SchoolSigningPki;
import vn.truongso.core.signatures.pki.SchoolSigningPki.PrincipalName;
import vn.truongso.core.signatures.tsa.TimeStampAuthority;

/** A school's document PKI made once per test class (RSA key generation takes a moment). */
public record TestPki(SchoolSigningPki pki, TimeStampAuthority tsa, Instant now) {
    /** Now, to the second: pdfsig and openssl check certificates against the real clock. */
    public static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    public static TestPki create(KeyAlgorithm algorithm) {
        SchoolSigningPki pki = SchoolSigningPki.create("Trường THCS và THPT Bắc Hà", "BACHA",
                Optional.of(new PrincipalName("Nguyễn Thị Hoa", "Hiệu trưởng")), algorithm, NOW.minusSeconds(86_400));
        return new TestPki(pki, new TimeStampAuthority(pki.tsa(), TimeStampAuthority.inMemorySerials(NOW),
                () -> NOW.plusSeconds(1)), NOW);
    }

    public SigningKey principal() {
        return pki.principal().orElseThrow();
    }

    public X509CRL crl(Revocation... revoked) {
        return pki.ca().orElseThrow().crl(List.of(revoked), 1, NOW.plusSeconds(2));
    }
}
