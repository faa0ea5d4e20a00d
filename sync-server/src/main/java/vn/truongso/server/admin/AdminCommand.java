package vn.truongso.server.admin;

import ch.qos.logback.classic.Level;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.truongso.server.http.ServerContext;

/** A command that works on the server's database: opens it from {@code --config}, runs, closes it. */
abstract class AdminCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        quietLogs();
        try (ServerContext context = ServerContext.open(config.load(), Clock.systemUTC())) {
            run(context, spec.commandLine().getOut());
        }
        return AdminCli.OK;
    }

    abstract void run(ServerContext context, PrintWriter out);

    /** An admin command's output is its result (scripts read it); the server's info lines would only get in the way. */
    private static void quietLogs() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
