package vn.truongso.core.signatures.pades;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import vn.truongso.core.signatures.Digests;
import vn.truongso.core.signatures.KeySigning;
import vn.truongso.core.signatures.SigningKey;
import vn.truongso.core.signatures.pki.Certificates;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.tsa.TimeStamper;

/**
 * PAdES baseline signatures (ETSI EN 319 142-1) on any PDF, each in its own incremental save so that earlier
 * signatures stay valid: SubFilter ETSI.CAdES.detached, the CMS of {@link CmsSignatures}, then (with a time-stamper)
 * a signature time-stamp over the signature value: B-T. {@link ValidationData} then adds B-LT.
 *
 * <p>Signing is split in two, because a principal's key may sit on a USB token on her own PC: {@link #prepare}
 * writes the signature dictionary and returns what the key must sign; {@link #complete} takes the signature value and
 * embeds the CMS. {@link #sign} does both with a key in hand: one code path for file and token keys.
 */
public final class PadesSigner {
    public static final COSName SUB_FILTER = COSName.getPDFName("ETSI.CAdES.detached");
    /**
     * /Contents is reserved at this many times the largest CMS the signer can make (all certificates, the longest
     * signature value, the TSA's largest token): a margin for a time-stamp from another TSA, without the fixed
     * tens of kilobytes most tools reserve (every reserved byte is two hex digits in the file).
     */
    static final double RESERVE_FACTOR = 1.1;

    private final Optional<TimeStamper> timeStamper;

    /** A signer that time-stamps every signature (B-T). */
    public PadesSigner(TimeStamper timeStamper) {
        this.timeStamper = Optional.of(timeStamper);
    }

    private PadesSigner() {
        this.timeStamper = Optional.empty();
    }

    /** A signer that makes B-B signatures only (no time-stamp): for tests and for documents stamped later. */
    public static PadesSigner withoutTimeStamps() {
        return new PadesSigner();
    }

    /** Signs with a key in hand (a file's, or a token's through its provider): prepare, sign, complete. */
    public byte[] sign(byte[] pdf, SigningKey key, SignatureRequest request) {
        PreparedSignature prepared = prepare(pdf, key.chain(), request);
        return complete(prepared, signatureValue(key, prepared.dataToSign()));
    }

    /**
     * Adds an empty signature for {@code signerChain}'s first certificate to {@code pdf} in an incremental save,
     * with the visible block if asked, and computes the signed attributes over what it covers.
     */
    public PreparedSignature prepare(byte[] pdf, List<X509Certificate> signerChain, SignatureRequest request) {
        X509Certificate signer = signerChain.getFirst();
        int reserve = (int) Math.ceil(RESERVE_FACTOR * CmsSignatures.maxSize(signerChain,
                timeStamper.map(TimeStamper::maxTokenSize).orElse(0)));
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(SUB_FILTER);
            signature.setName(Certificates.commonName(signer));
            signature.setReason(request.reason());
            signature.setLocation(request.location());
            signature.setSignDate(calendar(request));
            options.setPreferredSignatureSize(reserve);
            if (request.visible().isPresent()) {
                VisibleSignature block = request.visible().get();
                int page = block.box().pageIndex(document.getNumberOfPages());
                options.setPage(page);
                options.setVisualSignature(new ByteArrayInputStream(SignatureAppearance.template(
                        document.getPage(page), fieldName(document), block, Certificates.commonName(signer),
                        Certificates.organisation(signer), request.signingTime())));
            }
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4 * reserve + 16_384);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(new byte[0]); // writes the revision with /Contents all zeros; filled in complete()
            byte[] prepared = out.toByteArray();
            long[] byteRange = toLongs(signature.getByteRange());
            byte[] digest = ByteRanges.digest(prepared, byteRange);
            return new PreparedSignature(prepared, byteRange, CmsSignatures.signedAttributes(digest, signer),
                    signerChain);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot add a signature to this PDF: " + e.getMessage(), e);
        }
    }

    /**
     * Embeds the signer's signature value (over {@link PreparedSignature#dataToSign()}) as the CMS, time-stamped
     * when this signer has a time-stamper. Refuses a value that does not verify with the signer's certificate.
     */
    public byte[] complete(PreparedSignature prepared, byte[] signatureValue) {
        checkSignatureValue(prepared, signatureValue);
        Optional<byte[]> token = timeStamper.map(stamper -> stamper.stamp(Digests.sha256(signatureValue)));
        byte[] cms = CmsSignatures.signedData(prepared.signedAttributes(), signatureValue, prepared.signerChain(),
                token);
        return ByteRanges.withContents(prepared.pdf(), prepared.byteRange(), cms);
    }

    /** The raw signature value of {@code key} over {@code data}: {@link KeySigning}, the one signing path for file
     *  and token keys (through the token's provider when it has one). */
    static byte[] signatureValue(SigningKey key, byte[] data) {
        return KeySigning.sign(key, data);
    }

    private static void checkSignatureValue(PreparedSignature prepared, byte[] signatureValue) {
        X509Certificate signer = prepared.signerChain().getFirst();
        try {
            Signature verifier = Signature.getInstance(KeyAlgorithm.of(signer.getPublicKey()).signatureAlgorithm());
            verifier.initVerify(signer.getPublicKey());
            verifier.update(prepared.signedAttributes());
            if (!verifier.verify(signatureValue)) {
                throw new IllegalArgumentException("the signature value does not verify with the signer's "
                        + "certificate (another key, or not over the prepared attributes)");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a signature value for this certificate: " + e.getMessage(), e);
        }
    }

    /** A field name no other field in the document has: Signature1, Signature2… */
    private static String fieldName(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        int taken = form == null ? 0 : form.getFields().size();
        String name;
        do {
            taken++;
            name = "Signature" + taken;
        } while (form != null && form.getField(name) != null);
        return name;
    }

    private static Calendar calendar(SignatureRequest request) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(request.signingTime().toEpochMilli());
        return calendar;
    }

    private static long[] toLongs(int[] byteRange) {
        long[] range = new long[byteRange.length];
        for (int i = 0; i < byteRange.length; i++) {
            range[i] = byteRange[i];
        }
        return range;
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
