package vn.truongso.core.signatures.pades;

import java.util.Locale;

/**
 * The signature block a reader sees: the signer's name (from her certificate), her title, the signing time, and
 * for the school seal a red round seal beside them.
 *
 * @param title  the signer's title as printed ("Hiệu trưởng"), or the seal's caption
 * @param seal   draw the school's round seal (the seal signature)
 * @param locale the language of the block's labels (Vietnamese unless said otherwise)
 */
public record VisibleSignature(SignatureBox box, String title, boolean seal, Locale locale) {
    public static final Locale VIETNAMESE = Locale.of("vi");

    public static VisibleSignature person(SignatureBox box, String title) {
        return new VisibleSignature(box, title, false, VIETNAMESE);
    }

    public static VisibleSignature schoolSeal(SignatureBox box, String caption) {
        return new VisibleSignature(box, caption, true, VIETNAMESE);
    }
}
