package vn.truongso.app.store;

import java.nio.file.Path;
import java.time.Clock;

/** Run in its own JVM by {@link LocalStoreTest}: another app window keeping the store open until told to stop. */
public final class HoldStoreOpen {
    public static void main(String[] args) throws Exception {
        try (LocalStore store = LocalStore.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            System.out.println("READY " + store.deviceId());
            System.out.flush();
            System.in.read();
        }
    }
}
