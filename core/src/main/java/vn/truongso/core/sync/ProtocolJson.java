package vn.truongso.core.sync;

import java.util.List;
import java.util.SortedMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper configuration, for the wire and for stored states alike, so app and server write the
 * same bytes. Unknown properties never fail a read (DESIGN §3.7); a change keeps them.
 */
public final class ProtocolJson {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false) // a missing "del" is false; shape checks catch the rest
            .build();

    /**
     * Row states through a writer whose type is fixed, so its serializers are found once: through {@link #write},
     * Jackson looks the map's and every list's serializer up again for each state (a third of the CPU the server
     * spent writing the states a push leaves). Same bytes as {@code write(state)}.
     */
    private static final ObjectWriter STATE_WRITER =
            MAPPER.writerFor(new TypeReference<SortedMap<String, List<Head>>>() {});

    private ProtocolJson() {}

    /** A row state's JSON, as {@link #write} writes it, faster. */
    public static String writeState(RowState state) {
        try {
            return STATE_WRITER.writeValueAsString(state.fields());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot be written as JSON: RowState", e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot be written as JSON: " + value.getClass().getSimpleName(), e);
        }
    }

    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot be written as JSON: " + value.getClass().getSimpleName(), e);
        }
    }

    /** Reads JSON; malformed text or wrong types throw {@link IllegalArgumentException} with Jackson's reason. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
