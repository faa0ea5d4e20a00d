package vn.truongso.core.trust;

/** The HTTP headers and protocol versions of docs/sync-protocol.md §7, named once for the app and the server. */
public final class ProtocolHeaders {
    /** The protocol version this code speaks. */
    public static final int CURRENT_PROTOCOL = 2;
    /** The oldest version the server still serves; below it the answer is 426. */
    public static final int MINIMUM_PROTOCOL = 1;

    public static final String PROTOCOL = "TS-Protocol";
    public static final String DEVICE = "TS-Device";
    /** The PC's clock (ms since the epoch), corrected by the offset it learned from {@link #SERVER_TIME}. */
    public static final String TIME = "TS-Time";
    public static final String TOKEN = "TS-Token";
    /** Base64 of the DER ECDSA signature ({@link RequestSignature}). */
    public static final String SIGNATURE = "TS-Signature";
    /** On every response: the server's clock (ms since the epoch). */
    public static final String SERVER_TIME = "TS-Server-Time";
    /** On every authenticated response: the token to present next. */
    public static final String NEXT_TOKEN = "TS-Next-Token";

    private ProtocolHeaders() {}
}
