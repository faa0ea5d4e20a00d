package vn.truongso.server.http;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's one Jackson 3 configuration, used for every request and response body. Unknown properties are
 * ignored: a newer client may send fields this server does not know (DESIGN §3.7), and that must not be an error.
 */
public final class ServerJson {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ServerJson() {}
}
