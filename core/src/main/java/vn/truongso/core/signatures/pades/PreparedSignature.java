package vn.truongso.core.signatures.pades;

import java.security.cert.X509Certificate;
import java.util.List;
import vn.truongso.core.signatures.Digests;

/**
 * A PDF with an empty signature in it, waiting for the signer's signature value: the handle between
 * {@link PadesSigner#prepare} and {@link PadesSigner#complete}. It is plain data, so the server can keep it while a
 * principal signs on her own PC with her USB token.
 *
 * @param pdf              the document with the signature dictionary and a zero-filled /Contents
 * @param byteRange        the four numbers of /ByteRange: what the signature covers
 * @param signedAttributes the DER SET of CMS signed attributes: what the signer's key signs
 * @param signerChain      the signer's certificate first, then its issuers
 */
public record PreparedSignature(byte[] pdf, long[] byteRange, byte[] signedAttributes,
                                List<X509Certificate> signerChain) {
    public PreparedSignature {
        signerChain = List.copyOf(signerChain);
    }

    /** The bytes a key signs with SHA256withRSA / SHA256withECDSA (the DER signed attributes). */
    public byte[] dataToSign() {
        return signedAttributes.clone();
    }

    /** SHA-256 of {@link #dataToSign()}: what a token that signs pre-hashed data (NONEwith…) is given. */
    public byte[] digestToSign() {
        return Digests.sha256(signedAttributes);
    }
}
