package vn.truongso.server.testing;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import vn.truongso.server.http.RouteModule;

/** The engine of {@link OnBothDatabases}: one invocation per {@link DatabaseKind}, servers shared per class. */
final class BothDatabasesExtension implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BothDatabasesExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(DatabaseKind.values()).map(Invocation::new);
    }

    private record Invocation(DatabaseKind kind) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + (kind == DatabaseKind.H2 ? "H2" : "PostgreSQL") + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Resolver(kind));
        }
    }

    private record Resolver(DatabaseKind kind) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == TestServer.class || type == DatabaseKind.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            if (parameter.getParameter().getType() == DatabaseKind.class) {
                return kind;
            }
            // Stored in the class's context: started once per class and kind, closed when the class is done.
            // AutoCloseable values are closed with the store.
            ExtensionContext classContext = classContext(context);
            return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(kind,
                    key -> TestServer.start(kind, UnaryOperator.identity(), Clock.systemUTC(),
                            extraModules(classContext.getRequiredTestClass())), TestServer.class);
        }

        private static List<RouteModule> extraModules(Class<?> testClass) {
            return AnnotationSupport.findAnnotation(testClass, WithRoutes.class)
                    .map(routes -> Stream.of(routes.value()).map(Resolver::instantiate).toList())
                    .orElse(List.of());
        }

        private static RouteModule instantiate(Class<? extends RouteModule> type) {
            try {
                return type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type + " needs a public no-argument constructor", e);
            }
        }

        private static ExtensionContext classContext(ExtensionContext context) {
            ExtensionContext current = context;
            while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
                current = current.getParent().get();
            }
            return current;
        }
    }
}
