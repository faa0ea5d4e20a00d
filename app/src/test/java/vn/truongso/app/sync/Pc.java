package vn.truongso.app.sync;

import static vn.truongso.app.store.schema.Tables.SYNC_ROW;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.CellEdit;
import vn.truongso.app.gradebook.CellKey;
import vn.truongso.app.gradebook.ColumnKey;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.gradebook.GradebookRef;
import vn.truongso.app.gradebook.SaveOutcome;
import vn.truongso.app.gradebook.StudentRow;
import vn.truongso.app.gradebook.TermRef;
import vn.truongso.app.store.LocalStore;
import vn.truongso.app.store.schema.DefaultSchema;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.core.sync.SyncEntity;

/** One school PC in a test: the demo school in its own store, enrolled with its own device id, gv.toan logged in. */
final class Pc implements AutoCloseable {
    final AppServices app;
    final LocalReplica replica;
    final Session teacher;
    final GradebookRef maths;
    final TermRef termOne;

    private Pc(AppServices app) {
        this.app = app;
        this.replica = new LocalReplica(app.store());
        this.teacher = DemoFixture.login(app, "gv.toan");
        this.maths = DemoFixture.gradebook(app, teacher, "10A1", "Toán");
        this.termOne = DemoFixture.term(app, 1);
    }

    /** The demo school on a PC that enrolled and got its own device id (a copied store would share one). */
    static Pc open(Path dataDir) {
        AppServices app = DemoFixture.open(dataDir);
        new LocalReplica(app.store()).renumberPending(Ids.newId(), 1);
        return new Pc(app);
    }

    LocalStore store() {
        return app.store();
    }

    DSLContext db() {
        return app.store().db();
    }

    UUID device() {
        return app.store().deviceId();
    }

    List<StudentRow> rows() {
        return app.gradebooks().loadTerm(teacher, maths.classId(), maths.subjectId(), termOne.id()).rows();
    }

    CellKey cell(int student, ColumnKey column) {
        return DemoFixture.cell(rows().get(student), maths, termOne, column);
    }

    static UUID cellId(CellKey key) {
        return Ids.derived("assessment", key.studentId(), key.subjectId(), key.termId(), key.kind(), key.seq());
    }

    void save(int student, ColumnKey column, String text) {
        SaveOutcome outcome = app.gradebooks().save(teacher, new CellEdit(cell(student, column), text));
        if (!(outcome instanceof SaveOutcome.Saved)) {
            throw new AssertionError("not saved: " + outcome);
        }
    }

    Optional<AssessmentValue> value(int student, ColumnKey column) {
        return Optional.ofNullable(rows().get(student).cells().get(column));
    }

    /** Every synced table's rows, synced columns only, in a stable order: what must be equal on every PC. */
    Map<String, List<String>> syncedTables() {
        Map<String, Table<?>> tables = new LinkedHashMap<>();
        DefaultSchema.DEFAULT_SCHEMA.getTables().forEach(t -> tables.put(t.getName().toLowerCase(Locale.ROOT), t));
        Map<String, List<String>> content = new LinkedHashMap<>();
        for (SyncEntity entity : SyncEntities.all()) {
            Table<?> table = tables.get(entity.name());
            List<Field<?>> columns = new ArrayList<>();
            for (Field<?> column : table.fields()) {
                String name = column.getName().toLowerCase(Locale.ROOT);
                if (name.equals("id") || entity.fields().containsKey(name)) {
                    columns.add(column);
                }
            }
            content.put(entity.name(), db().select(columns).from(table).orderBy(columns).fetch(r -> java.util.Arrays.toString(r.intoArray())));
        }
        return content;
    }

    /** Every sync row as stored. */
    List<String> syncRows() {
        return db().selectFrom(SYNC_ROW).orderBy(SYNC_ROW.ENTITY, SYNC_ROW.ROW_ID).fetch(r -> java.util.Arrays.toString(r.intoArray()));
    }

    @Override
    public void close() {
        app.close();
    }
}
