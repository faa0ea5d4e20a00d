package vn.truongso.systemtests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One school's line to the server: a veth pair from the host into the {@link ServerNamespace}, unshaped until
 * {@link #degrade}, which gives it 64 kbit/s each way (tbf on both ends) and 2 % random loss each way (nftables,
 * inside the namespace: on arrival for the uplink, on departure for the downlink). This kernel has no netem, so the
 * line's 300 ms round trip is added by a user-space {@link DelayRelay} on the host side.
 *
 * <p>{@link #counters} are what the line carried: Ethernet frames with IP and TCP headers, ACKs, retransmissions and
 * lost packets included (a lost downlink packet is dropped before the namespace's end counts it, so its rule's counter
 * adds it back).
 */
final class PoorLine {
    static final String RATE = "64kbit";
    static final int RATE_BYTES_PER_SECOND = 8_000;
    /** One packet in fifty. */
    static final int LOSS_ONE_IN = 50;
    private static final Pattern COUNTER = Pattern.compile("chain (\\w+) \\{.*?counter packets (\\d+) bytes (\\d+)",
            Pattern.DOTALL);

    /** Bytes and packets each way, and packets lost each way. */
    record Counters(long upBytes, long upPackets, long downBytes, long downPackets, long lostUp, long lostDown) {
        Counters minus(Counters before) {
            return new Counters(upBytes - before.upBytes, upPackets - before.upPackets, downBytes - before.downBytes,
                    downPackets - before.downPackets, lostUp - before.lostUp, lostDown - before.lostDown);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "up %,d B in %,d packets (%d lost), down %,d B in %,d packets (%d lost)",
                    upBytes, upPackets, lostUp, downBytes, downPackets, lostDown);
        }
    }

    private final ServerNamespace namespace;
    private final String hostDevice;
    private final String serverDevice;
    private final String hostAddress;
    private final String serverAddress;
    private boolean degraded;

    private PoorLine(ServerNamespace namespace, int index) {
        long pid = ProcessHandle.current().pid();
        this.namespace = namespace;
        this.hostDevice = "tsh" + index + "-" + pid % 1_000_000;
        this.serverDevice = "tss" + index + "-" + pid % 1_000_000;
        // A /30 of its own per line and process: host-side addresses live in the host's routing table.
        String prefix = "10." + (200 + index) + "." + pid % 250 + ".";
        this.hostAddress = prefix + "1";
        this.serverAddress = prefix + "2";
    }

    static PoorLine create(ServerNamespace namespace, int index) {
        PoorLine line = new PoorLine(namespace, index);
        Commands.run("ip", "link", "add", line.hostDevice, "type", "veth", "peer", "name", line.serverDevice,
                "netns", namespace.name());
        // One TCP segment per packet: a 64 KB GSO burst would otherwise meet the loss rule as one packet.
        Commands.run("ip", "link", "set", "dev", line.hostDevice, "gso_max_segs", "1");
        Commands.run("ip", "addr", "add", line.hostAddress + "/30", "dev", line.hostDevice);
        Commands.run("ip", "link", "set", line.hostDevice, "up");
        namespace.run("ip", "link", "set", "dev", line.serverDevice, "gso_max_segs", "1");
        namespace.run("ip", "addr", "add", line.serverAddress + "/30", "dev", line.serverDevice);
        namespace.run("ip", "link", "set", line.serverDevice, "up");
        return line;
    }

    /** The server's address on this line. */
    String serverAddress() {
        return serverAddress;
    }

    /**
     * From now on: 64 kbit/s each way with a 16,000-byte queue (2 s, as a modem's buffer), and one packet in fifty
     * lost each way, chosen at random.
     */
    void degrade() {
        String tbf = "tc qdisc add dev %s root tbf rate " + RATE + " burst 1600 limit 16000";
        Commands.run(tbf.formatted(hostDevice).split(" "));
        namespace.run(tbf.formatted(serverDevice).split(" "));
        namespace.runWithInput("""
                table netdev %1$s {
                  chain lose_up { type filter hook ingress device "%2$s" priority 0; numgen random mod %3$d == 0 counter drop; }
                  chain lose_down { type filter hook egress device "%2$s" priority 0; numgen random mod %3$d == 0 counter drop; }
                }
                """.formatted(table(), serverDevice, LOSS_ONE_IN), "nft", "-f", "-");
        degraded = true;
    }

    Counters counters() {
        long upBytes = hostStatistic("tx_bytes");
        long upPackets = hostStatistic("tx_packets");
        String[] server = namespace.run("cat", statistics(serverDevice, "tx_bytes"), statistics(serverDevice, "tx_packets"))
                .strip().split("\\s+");
        long lostUp = 0;
        long lostDown = 0;
        long lostDownBytes = 0;
        if (degraded) {
            Matcher counter = COUNTER.matcher(namespace.run("nft", "list", "table", "netdev", table()));
            while (counter.find()) {
                if (counter.group(1).equals("lose_up")) {
                    lostUp = Long.parseLong(counter.group(2));
                } else {
                    lostDown = Long.parseLong(counter.group(2));
                    lostDownBytes = Long.parseLong(counter.group(3));
                }
            }
        }
        return new Counters(upBytes, upPackets, Long.parseLong(server[0]) + lostDownBytes,
                Long.parseLong(server[1]) + lostDown, lostUp, lostDown);
    }

    /** Deletes the host end (and with it the pair); the namespace's deletion would too, but not at once. */
    void delete() {
        Commands.quietly("ip", "link", "del", hostDevice);
    }

    private String table() {
        return "line" + serverDevice.replace("-", "_");
    }

    private long hostStatistic(String name) {
        try {
            return Long.parseLong(Files.readString(Path.of(statistics(hostDevice, name))).strip());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + name + " of " + hostDevice, e);
        }
    }

    private static String statistics(String device, String name) {
        return "/sys/class/net/" + device + "/statistics/" + name;
    }
}
