package vn.truongso.core.signatures.pades;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.truongso.core.signatures.SigningKey;
import vn.truongso.core.signatures.tsa.TimeStamper;

/**
 * PAdES B-LT in one call: the signature time-stamped (B-T), then in the next incremental save the signer's and the
 * TSA's chains and the current CRLs in the /DSS. What the server's transcript service uses for each of the
 * principal's and the seal's signatures.
 */
public final class LongTermSigner {
    private final PadesSigner signer;
    private final List<X509Certificate> tsaChain;
    private final Supplier<List<X509CRL>> crls;

    /**
     * @param tsaChain the time-stamping authority's certificate and its issuers
     * @param crls     the current CRLs of every CA in the signers' and the TSA's chains (asked once per signature)
     */
    public LongTermSigner(TimeStamper timeStamper, List<X509Certificate> tsaChain, Supplier<List<X509CRL>> crls) {
        this.signer = new PadesSigner(timeStamper);
        this.tsaChain = List.copyOf(tsaChain);
        this.crls = crls;
    }

    public byte[] sign(byte[] pdf, SigningKey key, SignatureRequest request) {
        return withValidationData(signer.sign(pdf, key, request), key.chain());
    }

    /** As {@link PadesSigner#prepare}: the first half of a signature made on a token elsewhere. */
    public PreparedSignature prepare(byte[] pdf, List<X509Certificate> signerChain, SignatureRequest request) {
        return signer.prepare(pdf, signerChain, request);
    }

    /** The second half: embeds the token's signature value, time-stamps it and adds the validation data. */
    public byte[] complete(PreparedSignature prepared, byte[] signatureValue) {
        return withValidationData(signer.complete(prepared, signatureValue), prepared.signerChain());
    }

    private byte[] withValidationData(byte[] signed, List<X509Certificate> signerChain) {
        Set<X509Certificate> certificates = new LinkedHashSet<>(signerChain);
        certificates.addAll(tsaChain);
        return ValidationData.add(signed, certificates, crls.get());
    }
}
