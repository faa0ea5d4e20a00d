package vn.truongso.core.signatures.verify;

/** The PAdES baseline level a signature reaches (ETSI EN 319 142-1): each includes the one before. */
public enum PadesLevel {
    /** Not a PAdES baseline signature (another SubFilter, or no signing-certificate-v2 attribute). */
    NONE("none"),
    /** Basic: ETSI.CAdES.detached with signing-certificate-v2. */
    B_B("B-B"),
    /** With a valid signature time-stamp. */
    B_T("B-T"),
    /** With the certificates and CRLs to validate it in the document's /DSS. */
    B_LT("B-LT");

    private final String label;

    PadesLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
