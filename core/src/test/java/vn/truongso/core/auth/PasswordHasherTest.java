package vn.truongso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    /** Made with the reference implementation (Debian's argon2 CLI): echo -n PW | argon2 SALT -id -t 2 -k 19456 -p 1 -l 32 -e */
    private static final String REFERENCE_ASCII =
            "$argon2id$v=19$m=19456,t=2,p=1$bXVvaXNhdWJ5dGVzYWx0IQ$CHQeDF7OHWsMAvZ9scDk/U6bUgHFYl2QOqv3Fxb7mno";
    private static final String REFERENCE_VIETNAMESE =
            "$argon2id$v=19$m=19456,t=2,p=1$bXVvaXNhdWJ5dGVzYWx0IQ$9Ft4lrKbsVeDAQXEpBTAq0MDxph2kEGbSq+mppGeDnM";

    @Test
    void verifiesHashesMadeByTheReferenceImplementation() {
        assertThat(PasswordHasher.verify("TruongSo@2026".toCharArray(), REFERENCE_ASCII)).isTrue();
        assertThat(PasswordHasher.verify("mật khẩu".toCharArray(), REFERENCE_VIETNAMESE)).isTrue();
        assertThat(PasswordHasher.verify("TruongSo@2027".toCharArray(), REFERENCE_ASCII)).isFalse();
    }

    @Test
    void hashesAreArgon2idPhcStringsWithAFreshSaltEachTime() {
        String first = PasswordHasher.hash("cô giáo".toCharArray());
        String second = PasswordHasher.hash("cô giáo".toCharArray());

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
        assertThat(PasswordHasher.verify("cô giáo".toCharArray(), first)).isTrue();
        assertThat(PasswordHasher.verify("co giao".toCharArray(), first)).isFalse();
    }

    @Test
    void malformedStoredHashesNeverVerify() {
        for (String stored : new String[] {null, "", "plain", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
                "$argon2id$v=19$m=x,t=2,p=1$c2FsdA$aGFzaA", "$argon2id$v=19$m=19456,t=2,p=1$!!$aGFzaA"}) {
            assertThat(PasswordHasher.verify("x".toCharArray(), stored)).as(stored).isFalse();
        }
    }
}
