package vn.truongso.app.store;

/** The encrypted local H2 file with its migrated schema. */
public final class LocalStore implements AutoCloseable {
    @Override
    public void close() {}
}
