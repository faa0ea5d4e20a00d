package vn.truongso.server.trust;

import static vn.truongso.server.db.schema.Tables.ENROLMENT_CODE;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.truongso.server.InvalidInputException;
import vn.truongso.server.db.Database;
import vn.truongso.server.school.School;

/**
 * One-time enrolment codes: 16 characters in four groups (XXXX-XXXX-XXXX-XXXX) from an alphabet without 0/O and
 * 1/I, so a person can read one aloud and type it; 80 random bits. Only the SHA-256 of the code is stored; a code
 * expires (default 72 hours) and works once.
 */
public final class EnrolmentCodes {
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int LENGTH = 16;
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(72);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Clock clock;

    public EnrolmentCodes(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A new code for {@code school}, valid for {@code validity}; returned once, never stored in clear. */
    public String create(School school, Duration validity) {
        if (validity.isNegative() || validity.isZero() || validity.compareTo(Duration.ofDays(30)) > 0) {
            throw new InvalidInputException("an enrolment code must be valid between 1 hour and 30 days");
        }
        String code = newCode();
        Instant now = clock.instant();
        database.dsl().insertInto(ENROLMENT_CODE)
                .set(ENROLMENT_CODE.CODE_HASH, hash(normalise(code)))
                .set(ENROLMENT_CODE.SCHOOL_ID, school.id())
                .set(ENROLMENT_CODE.CREATED_AT, utc(now))
                .set(ENROLMENT_CODE.EXPIRES_AT, utc(now.plus(validity)))
                .execute();
        return code;
    }

    /**
     * Uses the code for {@code deviceId}, in the caller's transaction: one UPDATE that succeeds only for a code that
     * exists, is unused and has not expired, so two PCs racing with one code cannot both win. Empty when the code
     * is wrong, used or expired, without saying which (and in the same time for each).
     */
    public Optional<UUID> use(DSLContext tx, String typedCode, UUID deviceId) {
        String codeHash = hash(normalise(typedCode));
        OffsetDateTime now = utc(clock.instant());
        int used = tx.update(ENROLMENT_CODE)
                .set(ENROLMENT_CODE.USED_AT, now)
                .set(ENROLMENT_CODE.DEVICE_ID, deviceId)
                .where(ENROLMENT_CODE.CODE_HASH.eq(codeHash))
                .and(ENROLMENT_CODE.USED_AT.isNull())
                .and(ENROLMENT_CODE.EXPIRES_AT.gt(now))
                .execute();
        if (used != 1) {
            return Optional.empty();
        }
        return tx.select(ENROLMENT_CODE.SCHOOL_ID).from(ENROLMENT_CODE).where(ENROLMENT_CODE.CODE_HASH.eq(codeHash))
                .fetchOptional(ENROLMENT_CODE.SCHOOL_ID);
    }

    /** The code as typed, made canonical: upper case, without spaces and dashes. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String hash(String normalisedCode) {
        return Hashes.sha256Hex("enrolment-code:" + normalisedCode);
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
