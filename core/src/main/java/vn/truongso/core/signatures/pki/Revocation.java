package vn.truongso.core.signatures.pki;

import java.math.BigInteger;
import java.time.Instant;

/** One revoked certificate, as a CRL lists it. */
public record Revocation(BigInteger serial, Instant revokedAt) {}
