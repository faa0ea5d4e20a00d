package vn.truongso.core.signatures.pki;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.truongso.core.signatures.SigningKey;

/**
 * Everything a school signs transcripts with: the school seal's key, the time-stamping authority's key, the
 * principal's key when it is kept with the school's (a principal with a USB token has hers on the token instead),
 * and the document CA's key when the school made its own PKI (keys imported from a real CA come without it).
 * Stored as one PKCS#12 keystore under the aliases below.
 */
public record SchoolSigningPki(Optional<SigningCa> ca, SigningKey seal, SigningKey tsa,
                               Optional<SigningKey> principal) {
    public static final String CA = "ca";
    public static final String SEAL = "seal";
    public static final String TSA = "tsa";
    public static final String PRINCIPAL = "principal";

    /** The principal's name and title as her certificate carries them. */
    public record PrincipalName(String name, String title) {}

    /** A new PKI: the CA, the seal and the TSA, and the principal's key when her name is given. */
    public static SchoolSigningPki create(String schoolName, String schoolCode, Optional<PrincipalName> principal,
                                          KeyAlgorithm algorithm, Instant now) {
        SigningCa ca = SigningCa.create(schoolName, schoolCode, algorithm, now);
        return new SchoolSigningPki(Optional.of(ca), ca.issueSeal(algorithm, now), ca.issueTsa(algorithm, now),
                principal.map(p -> ca.issuePerson(p.name(), p.title(), algorithm, now)));
    }

    /** The root a verifier trusts: the last certificate of the seal's chain. */
    public X509Certificate root() {
        return seal.chain().getLast();
    }

    public SchoolSigningPki withPrincipal(SigningKey key) {
        return new SchoolSigningPki(ca, seal, tsa, Optional.of(key));
    }

    public byte[] toPkcs12(char[] password) {
        Map<String, SigningKey> keys = new LinkedHashMap<>();
        ca.ifPresent(c -> keys.put(CA, new SigningKey(c.privateKey(), List.of(c.certificate()), Optional.empty())));
        keys.put(SEAL, seal);
        keys.put(TSA, tsa);
        principal.ifPresent(key -> keys.put(PRINCIPAL, key));
        return Pkcs12.write(keys, password);
    }

    public static SchoolSigningPki fromPkcs12(byte[] pkcs12, char[] password) {
        Map<String, SigningKey> keys = Pkcs12.read(pkcs12, password);
        for (String alias : List.of(SEAL, TSA)) {
            if (!keys.containsKey(alias)) {
                throw new IllegalArgumentException("the keystore has no '" + alias + "' key");
            }
        }
        Optional<SigningCa> ca = Optional.ofNullable(keys.get(CA))
                .map(key -> new SigningCa(key.certificate(), key.privateKey()));
        return new SchoolSigningPki(ca, keys.get(SEAL), keys.get(TSA), Optional.ofNullable(keys.get(PRINCIPAL)));
    }
}
