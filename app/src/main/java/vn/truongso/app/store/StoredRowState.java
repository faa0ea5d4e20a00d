package vn.truongso.app.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.truongso.core.sync.Head;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.RowState;

/**
 * How {@code sync_row} keeps a row state: the facts of each change once (its id, HLC, PC and author), then per
 * field which change made each head and its value. On the wire a state repeats those facts in every head, and a
 * grade made by one change repeats them seven times: stored that way, a school's states were ~1.2 KB a grade and
 * committing them was most of a first sync's time (docs/decisions.md). States written before are read as they are.
 */
public final class StoredRowState {
    /** The first key of the stored form; a wire-form state starts with a field name, which never begins with ~. */
    private static final String MARK = "{\"~e\"";

    record Stored(@JsonProperty("~e") List<Edit> edits, @JsonProperty("~f") Map<String, List<Slot>> fields) {}

    /** The facts a change gives every head it makes. */
    record Edit(@JsonProperty("v") UUID version, @JsonProperty("hlc") String hlc, @JsonProperty("dev") UUID device,
                @JsonProperty("by") UUID author) {}

    /** One head of a field: the change that made it ({@link Stored#edits} index) and what it says. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    record Slot(@JsonProperty("e") int edit, @JsonProperty("val") String value,
                @JsonProperty("del") boolean tombstone) {}

    private StoredRowState() {}

    public static String write(RowState state) {
        List<Edit> edits = new ArrayList<>();
        Map<Edit, Integer> index = new HashMap<>();
        Map<String, List<Slot>> fields = new LinkedHashMap<>();
        state.fields().forEach((field, heads) -> {
            List<Slot> slots = new ArrayList<>(heads.size());
            for (Head head : heads) {
                Edit edit = new Edit(head.version(), head.hlc(), head.device(), head.author());
                int at = index.computeIfAbsent(edit, e -> {
                    edits.add(e);
                    return edits.size() - 1;
                });
                slots.add(new Slot(at, head.value(), head.tombstone()));
            }
            fields.put(field, slots);
        });
        return ProtocolJson.write(new Stored(edits, fields));
    }

    public static RowState read(String json) {
        if (!json.startsWith(MARK)) {
            return ProtocolJson.read(json, RowState.class);
        }
        Stored stored = ProtocolJson.read(json, Stored.class);
        Map<String, List<Head>> fields = new LinkedHashMap<>();
        stored.fields().forEach((field, slots) -> {
            List<Head> heads = new ArrayList<>(slots.size());
            for (Slot slot : slots) {
                Edit edit = stored.edits().get(slot.edit());
                heads.add(new Head(edit.version(), slot.value(), slot.tombstone(), edit.hlc(), edit.device(),
                        edit.author()));
            }
            fields.put(field, heads);
        });
        return new RowState(fields);
    }
}
