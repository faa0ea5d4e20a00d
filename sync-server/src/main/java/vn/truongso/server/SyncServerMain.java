package vn.truongso.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The sync server's runnable skeleton: today it only answers its health endpoint. The sync protocol, device
 * enrolment and document signing come with the sync issue (#3), which also picks the HTTP server for good.
 */
public final class SyncServerMain implements AutoCloseable {
    public static final int DEFAULT_PORT = 8443;
    private final HttpServer http;

    private SyncServerMain(HttpServer http) {
        this.http = http;
    }

    public static SyncServerMain start(InetSocketAddress address) throws IOException {
        HttpServer http = HttpServer.create(address, 0);
        http.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            int status = "GET".equals(exchange.getRequestMethod()) ? 200 : 405;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, status == 200 ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (status == 200) {
                    out.write(body);
                }
            }
        });
        http.start();
        return new SyncServerMain(http);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(1);
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
        SyncServerMain server = start(new InetSocketAddress("127.0.0.1", port));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        System.out.println("Trường Số sync server listening on http://127.0.0.1:" + server.port() + "/health");
    }
}
