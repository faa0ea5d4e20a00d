package vn.truongso.core.signatures.pades;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.truongso.core.signatures.Digests;
import vn.truongso.core.signatures.pki.Certificates;

/**
 * PAdES B-LT: the certificates and CRLs a verifier needs, in the document's /DSS dictionary (ETSI EN 319 142-1
 * §5.4), written in a further incremental save that changes nothing a signature covers. A second call (after the
 * seal's signature) adds only what the /DSS does not hold yet.
 */
public final class ValidationData {
    public static final COSName DSS = COSName.getPDFName("DSS");
    public static final COSName CERTS = COSName.getPDFName("Certs");
    public static final COSName CRLS = COSName.getPDFName("CRLs");
    private static final COSName EXTENSIONS = COSName.getPDFName("Extensions");
    private static final COSName ESIC = COSName.getPDFName("ESIC");

    private ValidationData() {}

    public static byte[] add(byte[] pdf, Collection<X509Certificate> certificates, Collection<X509CRL> crls) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSDictionary dss = dictionary(catalog, DSS);
            List<byte[]> certificateDer = certificates.stream().map(Certificates::der).toList();
            List<byte[]> crlDer = crls.stream().map(Certificates::der).toList();
            addStreams(document, array(dss, CERTS), certificateDer);
            addStreams(document, array(dss, CRLS), crlDer);
            declareExtension(catalog);
            catalog.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8_192);
            document.saveIncremental(out, Set.of(catalog));
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot add validation data to this PDF: " + e.getMessage(), e);
        }
    }

    /** Adds a stream for each value the array does not hold yet (compared by digest). */
    private static void addStreams(PDDocument document, COSArray array, List<byte[]> values) throws IOException {
        Set<String> present = new HashSet<>();
        for (COSBase item : array) {
            if (dereference(item) instanceof COSStream stream) {
                present.add(key(DssReader.bytes(stream)));
            }
        }
        List<byte[]> missing = new ArrayList<>();
        for (byte[] value : values) {
            if (present.add(key(value))) {
                missing.add(value);
            }
        }
        for (byte[] value : missing) {
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(value);
            }
            array.add(stream);
        }
    }

    /** ESIC extension level 1 (PAdES): tells a reader the file uses the /DSS. */
    private static void declareExtension(COSDictionary catalog) {
        COSDictionary extensions = dictionary(catalog, EXTENSIONS);
        if (!extensions.containsKey(ESIC)) {
            COSDictionary esic = new COSDictionary();
            esic.setName(COSName.getPDFName("BaseVersion"), "1.7");
            esic.setInt(COSName.getPDFName("ExtensionLevel"), 1);
            extensions.setItem(ESIC, esic);
        }
    }

    private static COSDictionary dictionary(COSDictionary parent, COSName key) {
        if (dereference(parent.getItem(key)) instanceof COSDictionary existing) {
            existing.setNeedToBeUpdated(true);
            return existing;
        }
        COSDictionary created = new COSDictionary();
        created.setDirect(true);
        parent.setItem(key, created);
        return created;
    }

    private static COSArray array(COSDictionary parent, COSName key) {
        if (dereference(parent.getItem(key)) instanceof COSArray existing) {
            existing.setNeedToBeUpdated(true);
            return existing;
        }
        COSArray created = new COSArray();
        created.setDirect(true);
        parent.setItem(key, created);
        return created;
    }

    private static COSBase dereference(COSBase value) {
        return value instanceof COSObject object ? object.getObject() : value;
    }

    private static String key(byte[] value) {
        return java.util.HexFormat.of().formatHex(Digests.sha256(value));
    }
}
