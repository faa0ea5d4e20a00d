package vn.truongso.server.testing;

/** The two databases the server runs on; every {@link OnBothDatabases} test runs on each. */
public enum DatabaseKind {
    /** An H2 file in a temporary folder, as a one-school server runs. */
    H2,
    /** A real PostgreSQL (embedded, one per test JVM, a fresh database each time), as a province server runs. */
    POSTGRESQL
}
