package vn.truongso.systemtests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.server.school.School;
import vn.truongso.server.sync.DemoSchoolLoader;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/**
 * A sync server with the demo school loaded, and the school's PCs enrolled with it: the whole system, over real
 * HTTP on loopback, in one test.
 */
final class SyncWorld implements AutoCloseable {
    /** Late November of the demo's school year, when term I's grades are being entered. */
    static final Clock LATE_NOVEMBER = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private final TestServer server;
    private final School school;
    private final List<Pc> pcs = new ArrayList<>();
    private final OkHttpClient http;

    private SyncWorld(TestServer server, School school, OkHttpClient http) {
        this.server = server;
        this.school = school;
        this.http = http;
    }

    static SyncWorld start(DatabaseKind kind) {
        return start(kind, SyncClient.defaultHttp());
    }

    static SyncWorld start(DatabaseKind kind, OkHttpClient http) {
        TestServer server = TestServer.start(kind);
        return new SyncWorld(server, DemoSchoolLoader.load(server.context(), LATE_NOVEMBER), http);
    }

    /** A server with {@link TinySchool}, whose PCs start from an empty store. */
    static SyncWorld tiny(TestServer server, OkHttpClient http) {
        SyncWorld world = new SyncWorld(server, TinySchool.create(server), http);
        world.emptyPcs = true;
        return world;
    }

    private boolean emptyPcs;
    private boolean ownsServer = true;

    /** Shares a server the test owns (a property test's tries each make a new school on one server). */
    SyncWorld sharingServer() {
        ownsServer = false;
        return this;
    }

    TestServer server() {
        return server;
    }

    String url() {
        return server.server().baseUri().toString();
    }

    School school() {
        return school;
    }

    /** A new PC, enrolled (which replaces a local demo school) and synced once: it holds the server's school. */
    Pc enrolledPc(String name, Clock clock) throws Exception {
        Pc pc = emptyPcs ? Pc.createEmpty(clock, http) : Pc.create(clock, http);
        pcs.add(pc);
        pc.enrol(url(), server.newEnrolmentCode(school), name);
        pc.sync();
        return pc;
    }

    Pc enrolledPc(String name) throws Exception {
        return enrolledPc(name, LATE_NOVEMBER);
    }

    @Override
    public void close() {
        pcs.forEach(Pc::close);
        if (ownsServer) {
            server.close();
        }
    }
}
