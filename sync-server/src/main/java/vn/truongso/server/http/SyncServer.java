package vn.truongso.server.http;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.truongso.server.config.ServerConfig;

/**
 * The running sync server: Javalin 7 on Jetty 12 over one {@link ServerContext}. {@link #start} binds (port 0 =
 * any free port, for tests), {@link #port} says where, {@link #close} stops gracefully: no new connections, requests
 * in flight finish (up to the configured timeout), then the database closes.
 *
 * <p>Layers, outermost first: Jetty (its own errors as JSON), servlet filters (TS-Server-Time on every answer;
 * gzip request bodies inflated with a size guard; at most N concurrent /v2 requests, else 429), then Javalin
 * (size and content-type rules, the route modules' before-handlers such as request authentication, the routes, and
 * JSON errors for every exception).
 */
public final class SyncServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncServer.class);
    /** The request attribute whose value (the authenticated device's id) the request log names. */
    public static final String DEVICE_LOG_ATTRIBUTE = "truongso.log.device";

    private final Javalin app;
    private final ServerContext context;
    private final boolean ownsContext;

    private SyncServer(Javalin app, ServerContext context, boolean ownsContext) {
        this.app = app;
        this.context = context;
        this.ownsContext = ownsContext;
    }

    /**
     * Opens the database from {@code config} and serves {@code modules} (the usual ones:
     * {@code vn.truongso.server.SyncServers}).
     */
    public static SyncServer start(ServerConfig config, Clock clock, List<RouteModule> modules) {
        ServerContext context = ServerContext.open(config, clock);
        try {
            return start(context, modules, true);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** Serves over a context the caller owns (and closes); for tests that share one database between servers. */
    public static SyncServer start(ServerContext context, List<RouteModule> modules) {
        return start(context, modules, false);
    }

    private static SyncServer start(ServerContext context, List<RouteModule> modules, boolean ownsContext) {
        ServerConfig config = context.config();
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.startup.startupWatcherEnabled = false;
            // A province's PCs each keep a long-poll pull open: hundreds of requests that wait, not work. Virtual
            // threads make a waiting request cost a few KB instead of a platform thread; the concurrency limit
            // (ConcurrencyLimitFilter) still bounds the ones that use the database.
            javalin.concurrency.useVirtualThreads = true;
            javalin.http.maxRequestSize = config.maxBodyBytes();
            javalin.http.defaultContentType = ContentType.JSON;
            javalin.http.prefer405over404 = true;
            javalin.jsonMapper(new ServerJsonMapper());
            javalin.jetty.host = config.bindAddress();
            javalin.jetty.port = config.port();
            javalin.jetty.modifyServer(server -> {
                server.setStopTimeout(config.shutdownTimeout().toMillis());
                server.insertHandler(new GracefulHandler()); // lets stop() wait for requests in flight
                server.setErrorHandler(new JettyJsonErrorHandler());
            });
            javalin.jetty.modifyServletContextHandler(handler -> addFilters(handler, context));
            javalin.requestLogger.http((ctx, millis) -> LOG.info("event=request method={} path={} status={} ms={}{}",
                    ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis), deviceField(ctx)));
            ErrorHandlers.register(javalin.routes, config.maxBodyBytes(), config.retryAfterSeconds());
            javalin.routes.before(new RequestRules(config.maxBodyBytes()));
            modules.forEach(module -> module.addRoutes(javalin.routes, context));
        });
        app.start();
        SyncServer server = new SyncServer(app, context, ownsContext);
        LOG.info("event=server_started address={} port={} config=\"{}\"", config.bindAddress(), server.port(), config);
        return server;
    }

    private static void addFilters(ServletContextHandler handler, ServerContext context) {
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        ServerConfig config = context.config();
        handler.addFilter(new FilterHolder(new ServerTimeFilter(context.clock())), "/*", requests);
        handler.addFilter(new FilterHolder(new GzipRequestFilter(config.maxBodyBytes())), "/*", requests);
        handler.addFilter(new FilterHolder(new ConcurrencyLimitFilter(config.maxConcurrentRequests(),
                config.retryAfterSeconds())), "/v2/*", requests);
    }

    private static String deviceField(io.javalin.http.Context ctx) {
        Object device = ctx.attribute(DEVICE_LOG_ATTRIBUTE);
        return device == null ? "" : " device=" + device;
    }

    public int port() {
        return app.port();
    }

    /** http://host:port of this server, for clients (the loopback address when bound to all interfaces). */
    public URI baseUri() {
        String host = context.config().bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    public ServerContext context() {
        return context;
    }

    /** The Javalin instance, for tests that look at the registered routes. */
    public Javalin javalin() {
        return app;
    }

    /** Stops taking requests, lets those in flight finish, then closes the database (when this server opened it). */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            if (ownsContext) {
                context.close();
            }
            LOG.info("event=server_stopped");
        }
    }
}
