package vn.truongso.core.signatures.verify;

/** What a check concludes, worst last: a signature or document is as good as its worst finding. */
public enum Verdict {
    /** Intact, cryptographically valid, chained to a trusted root, not revoked. */
    VALID,
    /** Intact and valid as far as can be checked, but not proven trustworthy: no path to a trusted root, or no
     *  revocation data, or something this verifier does not check. */
    UNTRUSTED,
    /** Changed after signing, a broken signature or time-stamp, or a revoked certificate. */
    INVALID;

    public Verdict worst(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
