package vn.truongso.server.trust;

/** Where an enrolled PC stands. Only ACTIVE devices may sync. */
public enum DeviceStatus {
    ACTIVE,
    /** Cut off by an administrator (stolen, retired); its certificate is on the school's CRL. */
    REVOKED,
    /** Cut off by the server: it presented a stale token, so a clone or a restored backup uses its identity. */
    SUSPENDED
}
