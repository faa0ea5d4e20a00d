package vn.truongso.server.trust;

import static vn.truongso.server.db.schema.Tables.SCHOOL_CA;

import java.math.BigInteger;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.truongso.server.db.schema.tables.records.SchoolCaRecord;

/**
 * The school CAs in the database: the certificate in clear, the private key sealed with the {@link MasterKey}
 * (bound to the school's id), the next certificate serial number and the CRL number.
 */
public final class SchoolCas {
    private final MasterKey masterKey;

    public SchoolCas(MasterKey masterKey) {
        this.masterKey = masterKey;
    }

    /** Stores a new school's CA; called in the transaction that creates the school. */
    public void insert(DSLContext tx, UUID schoolId, SchoolCa ca) {
        SchoolCaRecord row = tx.newRecord(SCHOOL_CA);
        row.setSchoolId(schoolId);
        row.setCertificate(encoded(ca));
        row.setPrivateKey(masterKey.seal(ca.privateKey().getEncoded(), context(schoolId)));
        row.setNextSerial(SchoolCa.FIRST_DEVICE_SERIAL);
        row.setCrlNumber(1L);
        row.insert();
    }

    public SchoolCa load(DSLContext tx, UUID schoolId) {
        SchoolCaRecord row = tx.selectFrom(SCHOOL_CA).where(SCHOOL_CA.SCHOOL_ID.eq(schoolId)).fetchOptional()
                .orElseThrow(() -> new IllegalStateException("school " + schoolId + " has no CA"));
        return SchoolCa.fromEncoded(row.getCertificate(), masterKey.open(row.getPrivateKey(), context(schoolId)));
    }

    public byte[] certificateDer(DSLContext tx, UUID schoolId) {
        return tx.select(SCHOOL_CA.CERTIFICATE).from(SCHOOL_CA).where(SCHOOL_CA.SCHOOL_ID.eq(schoolId)).fetchOne(0,
                byte[].class);
    }

    /** Takes the next serial number. The UPDATE locks the CA's row until the transaction ends, so two enrolments
     *  (on one server or two) never get the same serial. */
    public BigInteger takeSerial(DSLContext tx, UUID schoolId) {
        tx.update(SCHOOL_CA).set(SCHOOL_CA.NEXT_SERIAL, SCHOOL_CA.NEXT_SERIAL.plus(1))
                .where(SCHOOL_CA.SCHOOL_ID.eq(schoolId)).execute();
        long next = tx.select(SCHOOL_CA.NEXT_SERIAL).from(SCHOOL_CA).where(SCHOOL_CA.SCHOOL_ID.eq(schoolId))
                .fetchOne(SCHOOL_CA.NEXT_SERIAL);
        return BigInteger.valueOf(next - 1);
    }

    /** A revocation changes the CRL: its number goes up (RFC 5280 §5.2.3), in the revoking transaction. */
    public void bumpCrlNumber(DSLContext tx, UUID schoolId) {
        tx.update(SCHOOL_CA).set(SCHOOL_CA.CRL_NUMBER, SCHOOL_CA.CRL_NUMBER.plus(1))
                .where(SCHOOL_CA.SCHOOL_ID.eq(schoolId)).execute();
    }

    public long crlNumber(DSLContext tx, UUID schoolId) {
        return tx.select(SCHOOL_CA.CRL_NUMBER).from(SCHOOL_CA).where(SCHOOL_CA.SCHOOL_ID.eq(schoolId))
                .fetchOne(SCHOOL_CA.CRL_NUMBER);
    }

    private static byte[] encoded(SchoolCa ca) {
        try {
            return ca.certificate().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("a certificate made here always encodes", e);
        }
    }

    private static String context(UUID schoolId) {
        return "school-ca:" + schoolId;
    }
}
