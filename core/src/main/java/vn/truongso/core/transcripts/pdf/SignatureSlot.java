package vn.truongso.core.transcripts.pdf;

/** The visible signatures an issued transcript carries, in signing order (DESIGN §5). */
public enum SignatureSlot {
    /** The principal's personal certificate. */
    PRINCIPAL,
    /** The school's organisation certificate (its seal, usually on a VGCA token). */
    SCHOOL_SEAL
}
