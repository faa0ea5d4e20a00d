package vn.truongso.core.signatures.tsa;

/**
 * Whatever gives RFC 3161 time-stamps: the school's {@link TimeStampAuthority} in the same process, or a client of
 * one over HTTP. A signature's B-T time-stamp comes from here.
 */
public interface TimeStamper {
    /**
     * A time-stamp token (a CMS ContentInfo, DER) over a SHA-256 digest, with the TSA's certificate in it.
     *
     * @throws TimeStampException when the authority refuses or cannot be reached
     */
    byte[] stamp(byte[] sha256Imprint);

    /** The most bytes a token from here takes: the signer reserves room for it in the PDF before it has one. */
    int maxTokenSize();
}
