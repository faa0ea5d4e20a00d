package vn.truongso.core.signatures.tsa;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import vn.truongso.core.signatures.KeySigning;
import vn.truongso.core.signatures.SigningKey;
import vn.truongso.core.signatures.pki.KeyAlgorithm;

/**
 * An RFC 3161 time-stamping authority: it answers time-stamp requests (DER in, DER out, as {@code POST /tsa} does)
 * and stamps digests for signers in the same process. Serial numbers come from {@code serials}, which must never
 * repeat or go back (the server takes them from its database, so several instances share one sequence). Tokens
 * carry an ESS signing-certificate-v2 (SHA-256) and, when asked (as our signer always asks), the TSA's certificate.
 */
public final class TimeStampAuthority implements TimeStamper {
    /**
     * The TSA policy. An OID under 2.25 (a UUID as an integer, ITU-T X.667) needs no registration and is ours alone.
     */
    public static final ASN1ObjectIdentifier POLICY =
            new ASN1ObjectIdentifier("2.25.151906398571302213346914212498463651931");
    private static final Set<ASN1ObjectIdentifier> ACCEPTED = Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384,
            TSPAlgorithms.SHA512);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKey key;
    private final LongSupplier serials;
    private final Supplier<Instant> clock;

    public TimeStampAuthority(SigningKey key, LongSupplier serials, Supplier<Instant> clock) {
        this.key = key;
        this.serials = serials;
        this.clock = clock;
    }

    /** Serials for one process with no database: they start at the clock's microseconds, so a restart goes on
     *  above the last run's (as long as the clock does not go back). */
    public static LongSupplier inMemorySerials(Instant now) {
        AtomicLong next = new AtomicLong(now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000);
        return next::getAndIncrement;
    }

    /** Answers an encoded TimeStampReq with an encoded TimeStampResp; a bad request gets a rejection, not an error. */
    public byte[] respond(byte[] requestDer) {
        TimeStampRequest request;
        try {
            request = new TimeStampRequest(requestDer);
        } catch (IOException | RuntimeException e) {
            return failure(PKIFailureInfo.badDataFormat, "not a DER TimeStampReq");
        }
        try {
            TimeStampResponse response = generator().generate(request, BigInteger.valueOf(serials.getAsLong()),
                    Date.from(clock.get()));
            return response.getEncoded();
        } catch (TSPException | IOException e) {
            return failure(PKIFailureInfo.systemFailure, "the time-stamp could not be made");
        }
    }

    @Override
    public byte[] stamp(byte[] sha256Imprint) {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, sha256Imprint,
                new BigInteger(63, RANDOM));
        return TimeStampReplies.token(request, respond(sanitised(request)));
    }

    @Override
    public int maxTokenSize() {
        // TSTInfo, signed attributes and CMS framing take about 600 bytes beside the certificate and signature.
        return encodedLength() + KeyAlgorithm.maxSignatureLength(key.certificate().getPublicKey()) + 700;
    }

    public SigningKey key() {
        return key;
    }

    private int encodedLength() {
        try {
            return key.certificate().getEncoded().length;
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private TimeStampResponseGenerator generator() throws TSPException {
        try {
            ContentSigner signer = KeySigning.contentSigner(key); // through the token's provider if the key is on one
            var digests = new JcaDigestCalculatorProviderBuilder().build();
            DigestCalculator sha256 = digests.get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                    org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256));
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSignerInfoGeneratorBuilder(digests).build(signer, key.certificate()), sha256, POLICY);
            tokens.addCertificates(new JcaCertStore(List.of(key.certificate())));
            tokens.setAccuracySeconds(1);
            return new TimeStampResponseGenerator(tokens, ACCEPTED);
        } catch (OperatorCreationException | java.security.cert.CertificateEncodingException e) {
            throw new TSPException("cannot sign with the TSA's key", e);
        }
    }

    private static byte[] sanitised(TimeStampRequest request) {
        try {
            return request.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("a request made here always encodes", e);
        }
    }

    private static byte[] failure(int failInfo, String text) {
        try {
            return new TimeStampResponseGenerator(null, ACCEPTED)
                    .generateFailResponse(PKIStatus.REJECTION, failInfo, text).getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("a failure answer always encodes", e);
        }
    }
}
