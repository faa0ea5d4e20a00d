package vn.truongso.server.http;

import java.time.Clock;
import vn.truongso.server.config.ServerConfig;
import vn.truongso.server.db.Database;
import vn.truongso.server.school.Schools;
import vn.truongso.server.trust.Devices;
import vn.truongso.server.trust.EnrolmentCodes;
import vn.truongso.server.trust.MasterKey;
import vn.truongso.server.trust.SchoolCas;

/**
 * What route modules and the admin commands work with: the configuration, the clock (a fixed one in tests), the
 * database and the services over it. One per server process; stateless apart from the database.
 */
public record ServerContext(ServerConfig config, Clock clock, Database database, SchoolCas cas, Schools schools,
                            Devices devices, EnrolmentCodes enrolmentCodes) implements AutoCloseable {

    /** Opens the database (migrating it) and builds the services. */
    public static ServerContext open(ServerConfig config, Clock clock) {
        MasterKey masterKey = MasterKey.load(config);
        Database database = Database.open(config);
        SchoolCas cas = new SchoolCas(masterKey);
        return new ServerContext(config, clock, database, cas, new Schools(database, cas, clock),
                new Devices(database, cas, clock), new EnrolmentCodes(database, clock));
    }

    @Override
    public void close() {
        database.close();
    }
}
