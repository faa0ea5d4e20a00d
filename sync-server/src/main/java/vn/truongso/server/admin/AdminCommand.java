package vn.truongso.server.admin;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
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
        try (ServerContext context = ServerContext.open(config.load(), Clock.systemUTC())) {
            run(context, spec.commandLine().getOut());
        }
        return AdminCli.OK;
    }

    abstract void run(ServerContext context, PrintWriter out);
}
