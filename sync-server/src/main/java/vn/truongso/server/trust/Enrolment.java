package vn.truongso.server.trust;

import static vn.truongso.server.db.schema.Tables.DEVICE;

import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.truongso.core.ids.Ids;
import vn.truongso.server.InvalidInputException;
import vn.truongso.server.db.Database;
import vn.truongso.server.http.ApiException;
import vn.truongso.server.school.School;
import vn.truongso.server.school.Schools;

/**
 * Enrols a PC (docs/sync-protocol.md §7): a valid one-time code, a name and a CSR become a device of the code's
 * school, with a certificate from the school's CA and a first sync token. Everything after the request's own checks
 * happens in one transaction: if issuing fails, the code stays unused.
 */
public final class Enrolment {
    /** Wrong, used and expired codes get the same answer, so the answer tells a guesser nothing. */
    static final String INVALID_CODE_MESSAGE = "This enrolment code is not valid: it may be mistyped, already used "
            + "or expired. Ask the server administrator for a new one.";

    public record Request(String code, String name, String csr, Long firstSeq) {}

    public record Response(UUID deviceId, UUID schoolId, String schoolCode, String certificate, String caCertificate,
                           String syncToken) {}

    private final Database database;
    private final Schools schools;
    private final SchoolCas cas;
    private final EnrolmentCodes codes;
    private final Clock clock;

    public Enrolment(Database database, Schools schools, SchoolCas cas, EnrolmentCodes codes, Clock clock) {
        this.database = database;
        this.schools = schools;
        this.cas = cas;
        this.codes = codes;
        this.clock = clock;
    }

    public Response enrol(Request request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInputException("name must be 1-100 characters: the PC's name as the admin will see it");
        }
        if (request.firstSeq() == null || request.firstSeq() < 1) {
            throw new InvalidInputException("firstSeq must be 1 or more: the sequence number of the PC's next change");
        }
        if (request.code() == null || request.code().isBlank()) {
            throw new InvalidInputException("code is missing: the one-time enrolment code from the administrator");
        }
        DeviceCsr csr = DeviceCsr.parse(request.csr());
        Instant now = clock.instant();
        UUID deviceId = Ids.newId(now.toEpochMilli());
        String token = SyncTokens.newToken();
        return database.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            UUID schoolId = codes.use(tx, request.code(), deviceId)
                    .orElseThrow(() -> ApiException.forbidden("INVALID_ENROLMENT_CODE", INVALID_CODE_MESSAGE));
            School school = schools.find(schoolId).orElseThrow();
            BigInteger serial = cas.takeSerial(tx, schoolId);
            SchoolCa ca = cas.load(tx, schoolId);
            X509Certificate certificate = ca.issueDeviceCertificate(csr.publicKey(), deviceId, school.code(), serial,
                    now);
            tx.insertInto(DEVICE)
                    .set(DEVICE.ID, deviceId)
                    .set(DEVICE.SCHOOL_ID, schoolId)
                    .set(DEVICE.NAME, name)
                    .set(DEVICE.CERTIFICATE, der(certificate))
                    .set(DEVICE.STATUS, DeviceStatus.ACTIVE.name())
                    .set(DEVICE.ACKED_SEQ, request.firstSeq() - 1)
                    .set(DEVICE.TOKEN_HASH, SyncTokens.hash(token))
                    .set(DEVICE.TOKEN_USED, false)
                    .set(DEVICE.ENROLLED_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .execute();
            Base64.Encoder base64 = Base64.getEncoder();
            return new Response(deviceId, schoolId, school.code(), base64.encodeToString(der(certificate)),
                    base64.encodeToString(der(ca.certificate())), token);
        });
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate made here always encodes", e);
        }
    }
}
