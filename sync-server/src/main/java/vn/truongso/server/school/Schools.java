package vn.truongso.server.school;

import static vn.truongso.server.db.schema.Tables.SCHOOL;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import vn.truongso.core.ids.Ids;
import vn.truongso.server.InvalidInputException;
import vn.truongso.server.db.Database;
import vn.truongso.server.trust.SchoolCa;
import vn.truongso.server.trust.SchoolCas;

/** The schools this server serves. A school is created together with its CA, in one transaction. */
public final class Schools {
    /** Codes go into URLs (/v2/crl/{code}) and certificates: letters, digits, '-' and '_', at most 20. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");

    private final Database database;
    private final SchoolCas cas;
    private final Clock clock;

    public Schools(Database database, SchoolCas cas, Clock clock) {
        this.database = database;
        this.cas = cas;
        this.clock = clock;
    }

    public School create(String code, String name) {
        return create(Ids.newId(clock.millis()), code, name);
    }

    /** A school with a given id: the demo school's id is derived from its code, on every PC and server alike. */
    public School create(UUID id, String code, String name) {
        String cleanCode = code == null ? "" : code.strip();
        String cleanName = name == null ? "" : name.strip();
        if (!CODE.matcher(cleanCode).matches()) {
            throw new InvalidInputException("school code must be 1-20 letters, digits, '-' or '_': '" + code + "'");
        }
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new InvalidInputException("school name must be 1-200 characters");
        }
        Instant now = clock.instant();
        SchoolCa ca = SchoolCa.create(cleanCode, now);
        try {
            return insert(id, cleanCode, cleanName, now, ca);
        } catch (IntegrityConstraintViolationException raced) {
            // another administrator created the same code between our check and our insert
            throw new InvalidInputException("a school with code " + cleanCode + " already exists");
        }
    }

    private School insert(UUID id, String cleanCode, String cleanName, Instant now, SchoolCa ca) {
        return database.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            if (tx.fetchExists(SCHOOL, SCHOOL.CODE.eq(cleanCode))) {
                throw new InvalidInputException("a school with code " + cleanCode + " already exists");
            }
            OffsetDateTime createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            tx.insertInto(SCHOOL).set(SCHOOL.ID, id).set(SCHOOL.CODE, cleanCode).set(SCHOOL.NAME, cleanName)
                    .set(SCHOOL.LAST_SEQ, 0L).set(SCHOOL.CREATED_AT, createdAt).execute();
            cas.insert(tx, id, ca);
            return new School(id, cleanCode, cleanName, 0, createdAt);
        });
    }

    public List<School> list() {
        return database.dsl().selectFrom(SCHOOL).orderBy(SCHOOL.CODE).fetch(Schools::toSchool);
    }

    public Optional<School> findByCode(String code) {
        return database.dsl().selectFrom(SCHOOL).where(SCHOOL.CODE.eq(code)).fetchOptional(Schools::toSchool);
    }

    public Optional<School> find(UUID id) {
        return database.dsl().selectFrom(SCHOOL).where(SCHOOL.ID.eq(id)).fetchOptional(Schools::toSchool);
    }

    /** The school with this code, or an InvalidInputException naming the code. */
    public School require(String code) {
        return findByCode(code).orElseThrow(() -> new InvalidInputException("no school with code " + code));
    }

    private static School toSchool(Record row) {
        return new School(row.get(SCHOOL.ID), row.get(SCHOOL.CODE), row.get(SCHOOL.NAME), row.get(SCHOOL.LAST_SEQ),
                row.get(SCHOOL.CREATED_AT));
    }
}
