package vn.truongso.core.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.FieldEdit;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.Merge;
import vn.truongso.core.sync.RowState;

/**
 * One row of the demo school as the sync protocol names it: entity, id and its fields as wire strings (docs/
 * sync-protocol.md §1; a field that is {@code null} is left out, as never written), with who entered it and when.
 *
 * <p>Its {@link #seedState() seed state} is the state after one creation change whose id is derived from the row:
 * every replica that loads the same demo school (a PC, the server) holds the very same heads, so edits made on top
 * of it fast-forward everywhere instead of meeting as conflicts.
 *
 * @param author   who entered the row: the teacher for a grade, the school's administrator for everything else
 * @param atMillis when it was entered (the seed change's HLC wall time)
 */
public record DemoRow(String entity, UUID id, Map<String, String> fields, UUID author, long atMillis) {
    /** The device named in seeded heads and history: no real PC. */
    public static final UUID SEED_DEVICE = UUID.fromString("5eed0000-de70-4000-8000-000000000001");

    public DemoRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Map<String, String> present = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value != null) {
                present.put(name, value);
            }
        });
        fields = Collections.unmodifiableMap(present);
    }

    /** The creation change that made this row: every field, empty bases, a derived id, device sequence 0. */
    public Change seedChange() {
        TreeMap<String, FieldEdit> edits = new TreeMap<>();
        fields.forEach((name, value) -> edits.put(name, new FieldEdit(value, null)));
        return Change.edit(Ids.derived("demo-seed", entity, id), entity, id, edits, new Hlc(atMillis, 0), SEED_DEVICE,
                0, author);
    }

    public RowState seedState() {
        return Merge.apply(RowState.EMPTY, seedChange());
    }
}
