package vn.truongso.systemtests.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The line's round trip, in user space: this kernel has no netem, so a PC talks to 127.0.0.1:{@link #port} and the
 * relay forwards every chunk to the server over the {@link PoorLine} {@link #ONE_WAY_MILLIS} after it arrived, in
 * order, each way. A new connection first waits one round trip, as a TCP handshake over the line would.
 *
 * <p>It also counts the application's bytes each way: HTTP requests and answers, headers included, as the PC's HTTP
 * client wrote them and read them (after gzip, before TCP/IP).
 *
 * <p>What it cannot do: TCP between the relay and the server sees a short round trip (the 150 ms are spent in the
 * relay, not in flight), so its loss recovery and slow start are quicker than over a real 300 ms line. At 64 kbit/s
 * the line holds about 2.4 KB per round trip, under two segments, so the transfer is bound by the rate, not the window.
 */
final class DelayRelay implements AutoCloseable {
    static final long ONE_WAY_MILLIS = 150;

    private final ServerSocket listener;
    private final InetSocketAddress server;
    private final AtomicLong upBytes = new AtomicLong();
    private final AtomicLong downBytes = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    /** A chunk of bytes and when it comes out of the line; an empty chunk is the end of the stream. */
    private record Chunk(byte[] bytes, long dueNanos) {}

    private DelayRelay(ServerSocket listener, InetSocketAddress server) {
        this.listener = listener;
        this.server = server;
    }

    static DelayRelay start(String serverHost, int serverPort) throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        DelayRelay relay = new DelayRelay(listener, new InetSocketAddress(serverHost, serverPort));
        Thread.ofPlatform().daemon().name("relay-accept-" + listener.getLocalPort()).start(relay::acceptLoop);
        return relay;
    }

    int port() {
        return listener.getLocalPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Application bytes from the PC towards the server so far. */
    long upBytes() {
        return upBytes.get();
    }

    /** Application bytes from the server towards the PC so far. */
    long downBytes() {
        return downBytes.get();
    }

    long connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket pc = listener.accept();
                long opened = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2 * ONE_WAY_MILLIS);
                Socket upstream = new Socket();
                upstream.setTcpNoDelay(true);
                upstream.connect(server, 10_000);
                pc.setTcpNoDelay(true);
                sockets.addAll(List.of(pc, upstream));
                connections.incrementAndGet();
                pipe(pc, upstream, upBytes, opened);
                pipe(upstream, pc, downBytes, opened);
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    /** One direction: a reader stamps each chunk with its time out of the line, a writer lets it out then. */
    private static void pipe(Socket from, Socket to, AtomicLong counter, long opened) {
        BlockingQueue<Chunk> line = new LinkedBlockingQueue<>();
        long delay = TimeUnit.MILLISECONDS.toNanos(ONE_WAY_MILLIS);
        Thread.ofPlatform().daemon().name("relay-read").start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    counter.addAndGet(n);
                    line.add(new Chunk(Arrays.copyOf(buffer, n), Math.max(System.nanoTime(), opened) + delay));
                }
            } catch (IOException e) {
                // the connection was closed or reset: end this direction
            }
            line.add(new Chunk(new byte[0], System.nanoTime() + delay));
        });
        Thread.ofPlatform().daemon().name("relay-write").start(() -> {
            try {
                OutputStream out = to.getOutputStream();
                while (true) {
                    Chunk chunk = line.take();
                    long wait;
                    while ((wait = chunk.dueNanos() - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait); // the line's delay: the emulation itself, not a test wait
                    }
                    if (chunk.bytes().length == 0) {
                        to.shutdownOutput();
                        return;
                    }
                    out.write(chunk.bytes());
                    out.flush();
                }
            } catch (IOException e) {
                closeQuietly(from); // the other side is gone: so is this connection
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void close() {
        closeQuietly(listener);
        sockets.forEach(DelayRelay::closeQuietly);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
