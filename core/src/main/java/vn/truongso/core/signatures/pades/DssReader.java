package vn.truongso.core.signatures.pades;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.truongso.core.signatures.pki.Certificates;

/** The certificates and CRLs in a document's /DSS (what {@link ValidationData} wrote, or another tool). */
public record DssReader(List<X509Certificate> certificates, List<X509CRL> crls) {
    public static final DssReader EMPTY = new DssReader(List.of(), List.of());

    public static DssReader of(PDDocument document) {
        COSBase dss = dereference(document.getDocumentCatalog().getCOSObject().getItem(ValidationData.DSS));
        if (!(dss instanceof COSDictionary dictionary)) {
            return EMPTY;
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (byte[] der : streams(dictionary, ValidationData.CERTS)) {
            certificates.add(Certificates.fromDer(der));
        }
        List<X509CRL> crls = new ArrayList<>();
        for (byte[] der : streams(dictionary, ValidationData.CRLS)) {
            crls.add(Certificates.crlFromDer(der));
        }
        return new DssReader(List.copyOf(certificates), List.copyOf(crls));
    }

    public boolean present() {
        return !certificates.isEmpty() || !crls.isEmpty();
    }

    private static List<byte[]> streams(COSDictionary dss, COSName key) {
        List<byte[]> values = new ArrayList<>();
        if (dereference(dss.getItem(key)) instanceof COSArray array) {
            for (COSBase item : array) {
                if (dereference(item) instanceof COSStream stream) {
                    values.add(bytes(stream));
                }
            }
        }
        return values;
    }

    static byte[] bytes(COSStream stream) {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a /DSS stream cannot be read", e);
        }
    }

    private static COSBase dereference(COSBase value) {
        return value instanceof COSObject object ? object.getObject() : value;
    }
}
