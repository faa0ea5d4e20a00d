package vn.truongso.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test twice, on H2 and on PostgreSQL, with a {@link TestServer} parameter (and, if wanted, a
 * {@link DatabaseKind} one):
 * <pre>
 * &#64;OnBothDatabases
 * void healthIsUp(TestServer server) { … }
 * </pre>
 * The tests of one class share one server per database kind (started for the class's first test, stopped after
 * its last), so each test makes its own school ({@link TestServer#newSchool()}) rather than assume an empty
 * database. A test that needs a server of its own (other limits, a test route) starts one with
 * {@link TestServer#start} on the kind it is given.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabasesExtension.class)
public @interface OnBothDatabases {}
