package vn.truongso.core.signatures.verify;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;

/** Compares PDF objects of two revisions by content, treating references as equal when they name one object. */
final class CosComparison {
    private CosComparison() {}

    static boolean same(COSBase a, COSBase b) {
        if (a instanceof COSObject || b instanceof COSObject) {
            return a instanceof COSObject first && b instanceof COSObject second
                    && java.util.Objects.equals(first.getKey(), second.getKey());
        }
        if (a instanceof COSStream first && b instanceof COSStream second) {
            return differingKeys(first, second).isEmpty() && Arrays.equals(raw(first), raw(second));
        }
        if (a instanceof COSDictionary first && b instanceof COSDictionary second) {
            return !(a instanceof COSStream) && !(b instanceof COSStream) && differingKeys(first, second).isEmpty();
        }
        if (a instanceof COSArray first && b instanceof COSArray second) {
            if (first.size() != second.size()) {
                return false;
            }
            for (int i = 0; i < first.size(); i++) {
                if (!same(first.get(i), second.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }

    /** The keys whose values differ between two dictionaries (present in one only, or different). */
    static Set<COSName> differingKeys(COSDictionary a, COSDictionary b) {
        Set<COSName> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        keys.removeIf(key -> same(a.getItem(key), b.getItem(key)));
        return keys;
    }

    /** Whether {@code earlier}'s elements are the first elements of {@code later}: only appended to. */
    static boolean appendedTo(COSArray earlier, COSArray later) {
        if (later.size() < earlier.size()) {
            return false;
        }
        for (int i = 0; i < earlier.size(); i++) {
            if (!same(earlier.get(i), later.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The keys of every indirect object reachable from {@code root}. */
    static Set<COSObjectKey> reachable(COSBase root) {
        Set<COSObjectKey> keys = new HashSet<>();
        walk(root, keys);
        return keys;
    }

    private static void walk(COSBase value, Set<COSObjectKey> keys) {
        if (value instanceof COSObject object) {
            if (object.getKey() == null || !keys.add(object.getKey())) {
                return;
            }
            walk(object.getObject(), keys);
        } else if (value instanceof COSDictionary dictionary) {
            for (COSBase item : dictionary.getValues()) {
                walk(item, keys);
            }
        } else if (value instanceof COSArray array) {
            for (COSBase item : array) {
                walk(item, keys);
            }
        }
    }

    static COSBase dereference(COSBase value) {
        return value instanceof COSObject object ? object.getObject() : value;
    }

    private static byte[] raw(COSStream stream) {
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
