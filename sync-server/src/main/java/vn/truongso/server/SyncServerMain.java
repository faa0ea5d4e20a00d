package vn.truongso.server;

import vn.truongso.server.admin.AdminCli;

/**
 * Starts the sync server: the same as {@code AdminCli serve}, with the arguments after it
 * (e.g. {@code --config server.properties}). Tests start servers with {@link vn.truongso.server.http.SyncServer}.
 */
public final class SyncServerMain {
    private SyncServerMain() {}

    public static void main(String[] args) {
        String[] serve = new String[args.length + 1];
        serve[0] = "serve";
        System.arraycopy(args, 0, serve, 1, args.length);
        AdminCli.main(serve);
    }
}
