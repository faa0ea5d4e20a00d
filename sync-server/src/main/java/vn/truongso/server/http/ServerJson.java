package vn.truongso.server.http;

import tools.jackson.databind.json.JsonMapper;
import vn.truongso.core.sync.ProtocolJson;

/**
 * The server's JSON: the protocol's one Jackson 3 mapper ({@link ProtocolJson}, shared with the app), for every
 * request and response body. Unknown properties are ignored: a newer client may send fields this server does not
 * know (DESIGN §3.7), and that must not be an error.
 */
public final class ServerJson {
    public static final JsonMapper MAPPER = ProtocolJson.MAPPER;

    private ServerJson() {}
}
