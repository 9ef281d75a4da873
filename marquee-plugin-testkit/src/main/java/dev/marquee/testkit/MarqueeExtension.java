package dev.marquee.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Boots Marquee for a {@link MarqueePluginTest} class on first use, with the plugin under test installed,
 * and hands tests a {@link Marquee} or the {@link MarqueeServer}; JUnit closes it when the class is done.
 */
public final class MarqueeExtension implements ParameterResolver {

    static final String ORGANIZER_EMAIL = "organizer@plugin-test.invalid";
    static final String ORGANIZER_PASSWORD = "plugin-test-organizer-password";
    private static final String PG_SCHEMA = "marquee_plugin_test";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Marquee.class || type == MarqueeServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Marquee marquee = running(context);
        return parameter.getParameter().getType() == Marquee.class ? marquee : marquee.server();
    }

    private static Marquee running(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ExtensionContext.Store store = classContext(context).getStore(ExtensionContext.Namespace.create(MarqueeExtension.class));
        return store.getOrComputeIfAbsent(testClass, k -> boot(testClass), Running.class).marquee();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static Running boot(Class<?> testClass) {
        MarqueePluginTest settings = testClass.getAnnotation(MarqueePluginTest.class);
        Map<String, String> env = new HashMap<>();
        env.put("MARQUEE_ADMIN_EMAIL", ORGANIZER_EMAIL);
        env.put("MARQUEE_ADMIN_PASSWORD", ORGANIZER_PASSWORD);
        env.put("MARQUEE_DEMO", "false");
        if (settings != null && settings.database() == TestDatabase.POSTGRES) {
            env.putAll(postgres());
        }
        if (settings != null) {
            for (String entry : settings.env()) {
                int equals = entry.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("env entries are NAME=value: " + entry);
                }
                env.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        Path workDir = MarqueeServer.newWorkDir(testClass.getSimpleName());
        MarqueeServer.installPlugin(workDir, pluginJar());
        MarqueeServer server = new MarqueeServer(workDir, env).withManagementListener().start();
        return new Running(new Marquee(server, ORGANIZER_EMAIL, ORGANIZER_PASSWORD));
    }

    private static Path pluginJar() {
        String jar = System.getProperty("marquee.plugin.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("Set marquee.plugin.jar to the plugin JAR under test (failsafe's "
                    + "systemPropertyVariables: ${project.build.directory}/${project.build.finalName}.jar); now: " + jar);
        }
        return Path.of(jar).toAbsolutePath();
    }

    private static Map<String, String> postgres() {
        String url = System.getProperty("marquee.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("marquee.test.postgres.user", "postgres");
        String password = System.getProperty("marquee.test.postgres.password", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + PG_SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + url + ": " + e.getMessage(), e);
        }
        return Map.of("MARQUEE_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA,
                "MARQUEE_DB_USER", user, "MARQUEE_DB_PASSWORD", password);
    }

    /** Stopped by JUnit when the test class is done. */
    private record Running(Marquee marquee) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            marquee.server().stop();
        }
    }
}
