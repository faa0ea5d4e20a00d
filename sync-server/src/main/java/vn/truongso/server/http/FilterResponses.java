package vn.truongso.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes the protocol's JSON error from a servlet filter, which answers before Javalin sees the request. */
final class FilterResponses {
    private FilterResponses() {}

    static void writeError(HttpServletResponse response, int status, ErrorBody body) throws IOException {
        byte[] bytes = body.toJsonBytes();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
