package vn.truongso.server.signing;

import static vn.truongso.server.db.schema.Tables.SIGNING_PKI;
import static vn.truongso.server.db.schema.Tables.SIGNING_REVOCATION;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import vn.truongso.core.signatures.Digests;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.pki.Revocation;
import vn.truongso.core.signatures.pki.SchoolSigningPki;
import vn.truongso.core.signatures.pki.SchoolSigningPki.PrincipalName;
import vn.truongso.server.InvalidInputException;
import vn.truongso.server.db.Database;
import vn.truongso.server.db.schema.tables.records.SigningPkiRecord;
import vn.truongso.server.school.School;
import vn.truongso.server.trust.MasterKey;

/**
 * The schools' document-signing PKIs in the database: one PKCS#12 keystore per school, encrypted with the server's
 * {@link MasterKey} (bound to the school's id) under a random password that is itself sealed the same way; the
 * time-stamping authority's next serial number; the CRL number and the revoked serials. A keystore is opened once
 * per process and kept by its digest, so another instance's change (an import) is seen at the next use.
 */
public final class SigningPkis {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final MasterKey masterKey;
    private final Clock clock;
    private final Map<UUID, Opened> opened = new ConcurrentHashMap<>();

    private record Opened(String digest, SchoolSigningPki pki) {}

    public SigningPkis(Database database, MasterKey masterKey, Clock clock) {
        this.database = database;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    /** Makes the school's PKI (CA, seal, TSA, and the principal's key if named); refused if it has one already. */
    public SchoolSigningPki create(School school, Optional<PrincipalName> principal, KeyAlgorithm algorithm) {
        SchoolSigningPki pki = SchoolSigningPki.create(school.name(), school.code(), principal, algorithm,
                clock.instant());
        try {
            database.dsl().transaction(configuration -> insert(configuration.dsl(), school.id(), pki));
        } catch (IntegrityConstraintViolationException exists) {
            throw new InvalidInputException("school " + school.code() + " already has a signing PKI");
        }
        return pki;
    }

    /** Replaces the school's keys (an import from a real CA, or a principal's new certificate). */
    public void replace(School school, SchoolSigningPki pki) {
        database.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            if (!tx.fetchExists(SIGNING_PKI, SIGNING_PKI.SCHOOL_ID.eq(school.id()))) {
                insert(tx, school.id(), pki);
                return;
            }
            char[] password = newPassword();
            tx.update(SIGNING_PKI).set(SIGNING_PKI.KEYSTORE, seal(pki.toPkcs12(password), school.id()))
                    .set(SIGNING_PKI.KEYSTORE_PASSWORD, sealPassword(password, school.id()))
                    .where(SIGNING_PKI.SCHOOL_ID.eq(school.id())).execute();
        });
    }

    public Optional<SchoolSigningPki> find(UUID schoolId) {
        SigningPkiRecord row = database.dsl().selectFrom(SIGNING_PKI).where(SIGNING_PKI.SCHOOL_ID.eq(schoolId))
                .fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        String digest = HexFormat.of().formatHex(Digests.sha256(row.getKeystore()));
        Opened cached = opened.get(schoolId);
        if (cached != null && cached.digest().equals(digest)) {
            return Optional.of(cached.pki());
        }
        char[] password = new String(masterKey.open(row.getKeystorePassword(), passwordContext(schoolId)),
                StandardCharsets.US_ASCII).toCharArray();
        SchoolSigningPki pki = SchoolSigningPki.fromPkcs12(masterKey.open(row.getKeystore(), context(schoolId)),
                password);
        opened.put(schoolId, new Opened(digest, pki));
        return Optional.of(pki);
    }

    public SchoolSigningPki require(School school) {
        return find(school.id()).orElseThrow(() -> new InvalidInputException("school " + school.code()
                + " has no signing PKI yet (truongso-server signing init --school " + school.code() + ")"));
    }

    /** The next time-stamp serial. The UPDATE locks the row until the transaction ends: never two alike, never
     *  going back, across every server instance on the database. */
    public long takeTsaSerial(UUID schoolId) {
        return database.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.update(SIGNING_PKI).set(SIGNING_PKI.TSA_NEXT_SERIAL, SIGNING_PKI.TSA_NEXT_SERIAL.plus(1))
                    .where(SIGNING_PKI.SCHOOL_ID.eq(schoolId)).execute();
            return tx.select(SIGNING_PKI.TSA_NEXT_SERIAL).from(SIGNING_PKI).where(SIGNING_PKI.SCHOOL_ID.eq(schoolId))
                    .fetchOne(SIGNING_PKI.TSA_NEXT_SERIAL) - 1;
        });
    }

    /** Revokes a document-signing certificate of the school (the principal's, the seal's, the TSA's). */
    public void revoke(School school, BigInteger serial) {
        require(school);
        database.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            String hex = serial.toString(16);
            if (tx.fetchExists(SIGNING_REVOCATION, SIGNING_REVOCATION.SCHOOL_ID.eq(school.id())
                    .and(SIGNING_REVOCATION.SERIAL.eq(hex)))) {
                return;
            }
            tx.insertInto(SIGNING_REVOCATION).set(SIGNING_REVOCATION.SCHOOL_ID, school.id())
                    .set(SIGNING_REVOCATION.SERIAL, hex)
                    .set(SIGNING_REVOCATION.REVOKED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .execute();
            tx.update(SIGNING_PKI).set(SIGNING_PKI.CRL_NUMBER, SIGNING_PKI.CRL_NUMBER.plus(1))
                    .where(SIGNING_PKI.SCHOOL_ID.eq(school.id())).execute();
        });
    }

    /** The document CA's current CRL. Keys imported from a real CA have their CRLs from that CA instead. */
    public X509CRL crl(School school) {
        SchoolSigningPki pki = require(school);
        var ca = pki.ca().orElseThrow(() -> new InvalidInputException("school " + school.code()
                + "'s signing keys were imported: its CRLs come from the CA that issued them"));
        DSLContext dsl = database.dsl();
        List<Revocation> revoked = dsl.selectFrom(SIGNING_REVOCATION)
                .where(SIGNING_REVOCATION.SCHOOL_ID.eq(school.id())).fetch(row -> new Revocation(
                        new BigInteger(row.getSerial(), 16), row.getRevokedAt().toInstant()));
        long number = dsl.select(SIGNING_PKI.CRL_NUMBER).from(SIGNING_PKI)
                .where(SIGNING_PKI.SCHOOL_ID.eq(school.id())).fetchOne(SIGNING_PKI.CRL_NUMBER);
        return ca.crl(revoked, number, clock.instant());
    }

    private void insert(DSLContext tx, UUID schoolId, SchoolSigningPki pki) {
        char[] password = newPassword();
        tx.insertInto(SIGNING_PKI).set(SIGNING_PKI.SCHOOL_ID, schoolId)
                .set(SIGNING_PKI.KEYSTORE, seal(pki.toPkcs12(password), schoolId))
                .set(SIGNING_PKI.KEYSTORE_PASSWORD, sealPassword(password, schoolId))
                .set(SIGNING_PKI.TSA_NEXT_SERIAL, 1L).set(SIGNING_PKI.CRL_NUMBER, 1L)
                .set(SIGNING_PKI.CREATED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).execute();
    }

    private byte[] seal(byte[] keystore, UUID schoolId) {
        return masterKey.seal(keystore, context(schoolId));
    }

    private byte[] sealPassword(char[] password, UUID schoolId) {
        return masterKey.seal(new String(password).getBytes(StandardCharsets.US_ASCII), passwordContext(schoolId));
    }

    private static char[] newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes).toCharArray();
    }

    private static String context(UUID schoolId) {
        return "signing-pki:" + schoolId;
    }

    private static String passwordContext(UUID schoolId) {
        return "signing-pki-password:" + schoolId;
    }
}
