package vn.truongso.core.signatures.tsa;

import java.io.IOException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;

/** Reads a TSA's answer to one request: the token when granted and matching the request, else why not. */
public final class TimeStampReplies {
    private TimeStampReplies() {}

    /** The token (DER) from {@code responseDer}, checked against {@code request} (imprint, nonce, policy). */
    public static byte[] token(TimeStampRequest request, byte[] responseDer) {
        try {
            TimeStampResponse response = new TimeStampResponse(responseDer);
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new TimeStampException("the time-stamping authority refused: " + response.getStatusString());
            }
            return response.getTimeStampToken().getEncoded();
        } catch (TSPException | IOException e) {
            throw new TimeStampException("not a valid time-stamp answer: " + e.getMessage(), e);
        }
    }
}
