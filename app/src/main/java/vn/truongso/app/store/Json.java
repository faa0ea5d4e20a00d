package vn.truongso.app.store;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The app's one JSON mapper configuration. */
public final class Json {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            // Fields this version does not know must survive a round trip (DESIGN §3.7), never fail it.
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();

    private Json() {}

    public static String write(Map<String, ?> fields) {
        try {
            return MAPPER.writeValueAsString(fields);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("fields cannot be written as JSON: " + fields.keySet(), e);
        }
    }
}
