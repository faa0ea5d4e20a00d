package vn.truongso.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.truongso.server.http.RouteModule;

/**
 * Extra route modules for the servers {@link OnBothDatabases} starts for the annotated test class, e.g. a route
 * that answers with the {@code AuthenticatedDevice}. Each class needs a public no-argument constructor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithRoutes {
    Class<? extends RouteModule>[] value();
}
