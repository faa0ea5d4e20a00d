package vn.truongso.systemtests.crash;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import vn.truongso.systemtests.PcAccess;

/**
 * A school PC as a process of its own: it types grades and syncs in a loop, printing what it has done, until it
 * is killed (SIGKILL, by the crash test) or has done its steps. {@code EDIT <change id>} is printed only after the
 * grade is committed, so every printed change must reach the server in the end.
 *
 * <p>Arguments: data folder, server URL, a seed, the number of steps, and an enrolment code on the first start, or
 * {@code final} to sync until nothing is left to send or receive and print the PC's grades.
 */
public final class CrashPcMain {
    private CrashPcMain() {}

    public static void main(String[] args) throws Exception {
        PcAccess pc = PcAccess.open(Path.of(args[0]), Clock.systemDefaultZone());
        String serverUrl = args[1];
        Random random = new Random(Long.parseLong(args[2]));
        int steps = Integer.parseInt(args[3]);
        String mode = args.length > 4 ? args[4] : "";
        if (mode.equals("final")) {
            pc.syncUntilQuiet();
            System.out.println("GRADES " + pc.grades());
            System.out.println("STATES " + pc.workingStatesDigest());
            System.out.flush();
            pc.close();
            return;
        }
        if (!mode.isEmpty() && !pc.isEnrolled()) {
            pc.enrol(serverUrl, mode);
            System.out.println("ENROLLED");
        }
        // A PC killed while it loaded its school finishes loading it before anyone types.
        for (int attempt = 0; !pc.hasSchool() && attempt < 100; attempt++) {
            if (!pc.trySync()) {
                Thread.sleep(200);
            }
        }
        for (int step = 0; step < steps; step++) {
            pc.typeRandomGrade(random).ifPresent(change -> System.out.println("EDIT " + change));
            // Like the app's scheduler: while the server is away, wait a little and try again; keep typing after.
            for (int attempt = 0; ; attempt++) {
                System.out.println("SYNC-START");
                System.out.flush();
                boolean synced = pc.trySync();
                System.out.println(synced ? "SYNCED" : "SYNC-FAILED");
                System.out.flush();
                if (synced || attempt == 50) {
                    break;
                }
                Thread.sleep(200);
            }
        }
        System.out.println("DONE");
        System.out.flush();
        pc.close();
    }
}
