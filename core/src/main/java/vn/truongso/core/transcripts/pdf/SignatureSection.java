package vn.truongso.core.transcripts.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import vn.truongso.core.transcripts.Transcript;

/**
 * The end of the last page: place and date, then the two signature blocks — the school's seal on the left and the
 * principal on the right, where Vietnamese documents put the signer — each a caption, an empty box reserved for the
 * visible digital signature, and the signer's name.
 */
final class SignatureSection {
    static final float BOX_WIDTH = 190f;
    static final float BOX_HEIGHT = 56f;
    private static final float SIZE = 10.5f;
    private static final float PRINCIPAL_CENTRE = Canvas.RIGHT - 110f;
    private static final float SEAL_CENTRE = Canvas.LEFT + 120f;
    static final float HEIGHT = 14f + 2 * 13f + 4f + BOX_HEIGHT + 15f;

    private SignatureSection() {}

    static List<SignatureArea> draw(Canvas c, Transcript t, LocalDate issuedOn, String principal, RenderMode mode)
            throws IOException {
        c.ensure(HEIGHT);
        c.text(Labels.get("sign.placeDate", t.school().place(), issuedOn.getDayOfMonth(), issuedOn.getMonthValue(),
                issuedOn.getYear()), PRINCIPAL_CENTRE, c.y() - SIZE, Style.REGULAR, SIZE, Align.CENTER);
        c.down(14f);
        float captionTop = c.y();
        SignatureArea seal = block(c, SignatureSlot.SCHOOL_SEAL, SEAL_CENTRE, captionTop, "sign.seal",
                "sign.seal.note", t.school().name(), mode);
        SignatureArea signer = block(c, SignatureSlot.PRINCIPAL, PRINCIPAL_CENTRE, captionTop, "sign.principal",
                "sign.principal.note", principal, mode);
        c.down(HEIGHT - 14f);
        return List.of(signer, seal);
    }

    private static SignatureArea block(Canvas c, SignatureSlot slot, float centre, float top, String caption,
                                       String note, String name, RenderMode mode) throws IOException {
        c.text(Labels.get(caption), centre, top - SIZE, Style.BOLD, SIZE, Align.CENTER);
        c.text(Labels.get(note), centre, top - SIZE - 13f, Style.REGULAR, 9f, Align.CENTER);
        float boxTop = top - 2 * 13f - 4f;
        float x = centre - BOX_WIDTH / 2;
        float y = boxTop - BOX_HEIGHT;
        if (mode == RenderMode.DRAFT) {
            c.dashedBox(x, y, BOX_WIDTH, BOX_HEIGHT);
            c.grey(0.55f);
            c.text(Labels.get("sign.unsigned"), centre, y + BOX_HEIGHT / 2 - 3f, Style.REGULAR, 9f, Align.CENTER);
            c.black();
        }
        if (name != null) {
            c.text(name, centre, y - 13f, Style.BOLD, SIZE, Align.CENTER);
        }
        return new SignatureArea(slot, c.pageIndex(), x, y, BOX_WIDTH, BOX_HEIGHT);
    }
}
