package vn.truongso.core.sync;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One edit of one row, as captured on the PC that made it (docs/sync-protocol.md §2). Field-level: two people
 * editing different fields of a record both win. Properties this version does not know are kept in
 * {@code extra} and written out again, so an older PC passes a newer PC's data on unchanged.
 */
public record Change(@JsonProperty("id") UUID id,
                     @JsonProperty("entity") String entity,
                     @JsonProperty("row") UUID row,
                     @JsonProperty("fields") SortedMap<String, FieldEdit> fields,
                     @JsonProperty("delete") boolean delete,
                     @JsonProperty("hlc") String hlc,
                     @JsonProperty("dev") UUID device,
                     @JsonProperty("seq") long deviceSeq,
                     @JsonProperty("by") UUID author,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Change {
        fields = fields == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(fields));
        extra = extra == null ? new LinkedHashMap<>() : extra;
    }

    public static Change edit(UUID id, String entity, UUID row, Map<String, FieldEdit> fields, Hlc hlc,
                              UUID device, long deviceSeq, UUID author) {
        return new Change(id, entity, row, new TreeMap<>(fields), false, hlc.toString(), device, deviceSeq,
                author, null);
    }

    public static Change deletion(UUID id, String entity, UUID row, Map<String, FieldEdit> seenFields, Hlc hlc,
                                  UUID device, long deviceSeq, UUID author) {
        return new Change(id, entity, row, new TreeMap<>(seenFields), true, hlc.toString(), device, deviceSeq,
                author, null);
    }

    /** The same change numbered for another device sequence (a PC that enrolled again renumbers its queue). */
    public Change withDeviceSeq(UUID newDevice, long newSeq) {
        return new Change(id, entity, row, fields, delete, hlc, newDevice, newSeq, author, extra);
    }
}
