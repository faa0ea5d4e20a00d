package vn.truongso.server.admin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.truongso.server.SyncServers;
import vn.truongso.server.http.SyncServer;

/**
 * {@code serve}: runs the server until the process is told to stop (Ctrl+C, SIGTERM from systemd or a container);
 * then it stops gracefully, letting requests in flight finish.
 */
@Command(name = "serve", description = "Run the sync server until stopped (Ctrl+C or SIGTERM).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        SyncServer server = SyncServers.start(config.load());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } finally {
                stopped.countDown();
            }
        }, "graceful-shutdown"));
        spec.commandLine().getOut().println("Trường Số sync server listening on " + server.baseUri());
        spec.commandLine().getOut().flush();
        stopped.await();
        return AdminCli.OK;
    }
}
