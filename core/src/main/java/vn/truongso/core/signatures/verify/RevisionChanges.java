package vn.truongso.core.signatures.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What the revisions after a signature changed in objects that existed when it was made. A later revision may add
 * validation data (/DSS, the catalog's /DSS and /Extensions) and, when {@code signaturesAllowed}, further signature
 * fields (new signature widgets in pages' /Annots, the form's /Fields and /SigFlags). Anything else — a page's
 * content, a new annotation drawn over it, another font — is a change the signature does not vouch for.
 */
final class RevisionChanges {
    private static final Set<COSName> DSS_KEYS = Set.of(COSName.getPDFName("DSS"), COSName.getPDFName("Extensions"));
    private static final Set<COSName> SIGNATURE_KEYS = Set.of(COSName.ANNOTS, COSName.FIELDS,
            COSName.getPDFName("SigFlags"), COSName.ACRO_FORM, COSName.getPDFName("DSS"),
            COSName.getPDFName("Extensions"));

    private RevisionChanges() {}

    /** One sentence per disallowed change after the revision ending at {@code revisionEnd}; empty if none. */
    static List<String> after(byte[] pdf, int revisionEnd, boolean signaturesAllowed) {
        if (revisionEnd >= pdf.length) {
            return List.of();
        }
        try (PDDocument before = Loader.loadPDF(Arrays.copyOf(pdf, revisionEnd));
             PDDocument after = Loader.loadPDF(pdf)) {
            return compare(before.getDocument(), after.getDocument(), signaturesAllowed);
        } catch (IOException e) {
            return List.of("the revisions after the signature cannot be read: " + e.getMessage());
        }
    }

    private static List<String> compare(COSDocument before, COSDocument after, boolean signaturesAllowed) {
        COSDictionary catalog = after.getTrailer().getCOSDictionary(COSName.ROOT);
        COSObjectKey catalogKey = key(after.getTrailer().getItem(COSName.ROOT));
        Set<COSObjectKey> validationData = CosComparison.reachable(catalog.getItem(COSName.getPDFName("DSS")));
        Set<COSObjectKey> newAnnotations = signaturesAllowed ? new HashSet<>() : Set.of();
        List<String> problems = new ArrayList<>();
        Map<COSObjectKey, Long> earlier = before.getXrefTable();
        for (COSObjectKey key : after.getXrefTable().keySet()) {
            if (!earlier.containsKey(key) || validationData.contains(key)) {
                continue;
            }
            COSBase old = before.getObjectFromPool(key).getObject();
            COSBase now = after.getObjectFromPool(key).getObject();
            if (CosComparison.same(old, now) || isXrefStream(now)) {
                continue;
            }
            Set<COSName> allowed = key.equals(catalogKey) && !signaturesAllowed ? DSS_KEYS
                    : signaturesAllowed ? SIGNATURE_KEYS : Set.of();
            if (!allowedChange(old, now, allowed, newAnnotations)) {
                problems.add("object " + key.getNumber() + " (" + describe(now) + ") was changed after the signature"
                        + (signaturesAllowed ? " by more than adding a signature" : " by more than adding validation data"));
            }
        }
        for (COSObjectKey annotation : newAnnotations) {
            COSBase widget = after.getObjectFromPool(annotation).getObject();
            if (!isSignatureWidget(widget)) {
                problems.add("an annotation (object " + annotation.getNumber() + ", " + describe(widget)
                        + ") was added after the signature");
            }
        }
        return problems;
    }

    private static boolean allowedChange(COSBase old, COSBase now, Set<COSName> allowedKeys,
                                         Set<COSObjectKey> newAnnotations) {
        if (old instanceof org.apache.pdfbox.cos.COSStream || now instanceof org.apache.pdfbox.cos.COSStream) {
            return false; // a stream's bytes changed (a page's content, an image, a font): never allowed
        }
        if (old instanceof COSDictionary earlier && now instanceof COSDictionary later) {
            Set<COSName> changed = CosComparison.differingKeys(earlier, later);
            if (!allowedKeys.containsAll(changed)) {
                return false;
            }
            if (changed.contains(COSName.ANNOTS)) {
                collectAdded(earlier.getItem(COSName.ANNOTS), later.getItem(COSName.ANNOTS), newAnnotations);
            }
            return true;
        }
        if (old instanceof COSArray earlier && now instanceof COSArray later && allowedKeys.contains(COSName.ANNOTS)) {
            collectAdded(earlier, later, newAnnotations);
            return CosComparison.appendedTo(earlier, later);
        }
        return false;
    }

    /** The references in {@code later}'s annotation array that {@code earlier}'s did not hold. */
    private static void collectAdded(COSBase earlier, COSBase later, Set<COSObjectKey> added) {
        Set<COSObjectKey> had = new HashSet<>();
        if (CosComparison.dereference(earlier) instanceof COSArray array) {
            array.forEach(item -> had.add(key(item)));
        }
        if (CosComparison.dereference(later) instanceof COSArray array) {
            for (COSBase item : array) {
                COSObjectKey key = key(item);
                if (key != null && !had.contains(key)) {
                    added.add(key);
                }
            }
        }
    }

    private static boolean isSignatureWidget(COSBase value) {
        if (!(value instanceof COSDictionary widget) || !COSName.WIDGET.equals(widget.getCOSName(COSName.SUBTYPE))) {
            return false;
        }
        COSName fieldType = widget.getCOSName(COSName.FT);
        if (fieldType == null && widget.getDictionaryObject(COSName.PARENT) instanceof COSDictionary parent) {
            fieldType = parent.getCOSName(COSName.FT);
        }
        return COSName.SIG.equals(fieldType);
    }

    private static boolean isXrefStream(COSBase value) {
        return value instanceof COSDictionary dictionary && COSName.XREF.equals(dictionary.getCOSName(COSName.TYPE));
    }

    private static COSObjectKey key(COSBase value) {
        return value instanceof COSObject object ? object.getKey() : null;
    }

    private static String describe(COSBase value) {
        if (value instanceof COSDictionary dictionary) {
            COSName type = dictionary.getCOSName(COSName.TYPE);
            COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
            return type != null ? type.getName() + (subtype != null ? "/" + subtype.getName() : "")
                    : subtype != null ? subtype.getName() : "a dictionary";
        }
        return value == null ? "nothing" : value.getClass().getSimpleName().replace("COS", "").toLowerCase();
    }
}
