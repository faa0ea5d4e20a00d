package vn.truongso.server.http;

import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Javalin's JSON over {@link ServerJson}. Only the string methods are implemented on purpose: Javalin then reads
 * request bodies through {@code ctx.body()}, which enforces the configured maximum body size, instead of
 * streaming past it. A body that is not JSON, or JSON of the wrong shape, is a 400 that says where, never a 500 and
 * never the body itself.
 */
public final class ServerJsonMapper implements JsonMapper {

    @Override
    public String toJsonString(Object obj, Type type) {
        return ServerJson.MAPPER.writeValueAsString(obj);
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
        try {
            return ServerJson.MAPPER.readValue(json, ServerJson.MAPPER.constructType(targetType));
        } catch (JacksonException e) {
            throw refusal(e);
        }
    }

    /**
     * Reads a request body from its bytes, with the same 400s: for the large bodies (a push), parsing UTF-8 bytes
     * saves decoding them into a String first. The bytes come from {@code ctx.bodyAsBytes()}, size-checked.
     */
    public static <T> T fromJsonBytes(byte[] json, Class<T> type) {
        try {
            return ServerJson.MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw refusal(e);
        }
    }

    /** The 400 for a body Jackson could not read. */
    public static ApiException refusal(JacksonException e) {
        if (e instanceof StreamReadException) {
            return ApiException.badRequest("MALFORMED_JSON", "The body is not valid JSON" + where(e) + ".");
        }
        String field = e.getPath().isEmpty() ? "the body" : "'" + path(e) + "'";
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException invalid) {
            return ApiException.badRequest("INVALID_BODY", "Invalid value in " + field + ": " + invalid.getMessage());
        }
        if (e instanceof MismatchedInputException) {
            return ApiException.badRequest("INVALID_BODY", "Missing or wrongly typed value in " + field + ".");
        }
        return ApiException.badRequest("INVALID_BODY", "The body does not have the expected shape at " + field + ".");
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
