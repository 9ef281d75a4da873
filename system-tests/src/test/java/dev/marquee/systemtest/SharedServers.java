package dev.marquee.systemtest;

import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * One Payara boot per database for the whole test run, shared by every test class of that family and
 * stopped when the run ends. Both have the management listener ({@code /metrics}).
 */
final class SharedServers {

    static final String ADMIN_EMAIL = "organizer@marquee.test";
    static final String ADMIN_PASSWORD = "a-long-test-password";

    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String PG_SCHEMA = "marquee_system_test";
    /** Ignored by trust authentication; given so the tests can check it never shows in the log. */
    static final String PG_PASSWORD = "pg-password-not-for-logs";

    private SharedServers() {
    }

    static MarqueeServer h2(ExtensionContext context) {
        TestMailServer mail = mail(context);
        String oembed = vimeo(context).endpoint();
        return shared(context, "h2", () -> {
            var dir = MarqueeServer.newWorkDir("h2");
            MarqueeServer.installPlugin(dir, MarqueeServer.serverFile("example-plugin.jar"));
            return new MarqueeServer(dir, withMail(mail, Map.of(
                    "MARQUEE_VIMEO_OEMBED_URL", oembed,
                    "MARQUEE_ADMIN_EMAIL", ADMIN_EMAIL,
                    "MARQUEE_ADMIN_PASSWORD", ADMIN_PASSWORD))).withManagementListener();
        });
    }

    /** The SMTP server every shared Marquee sends to (GreenMail over TLS, in this JVM). */
    static TestMailServer mail(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedServers.class));
        return store.getOrComputeIfAbsent("mail", k -> TestMailServer.start(), TestMailServer.class);
    }

    /** The local stand-in for Vimeo's oEmbed endpoint every shared Marquee asks. */
    static VimeoStandIn vimeo(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedServers.class));
        return store.getOrComputeIfAbsent("vimeo", k -> new ClosingVimeo(VimeoStandIn.start()), ClosingVimeo.class).standIn();
    }

    private record ClosingVimeo(VimeoStandIn standIn) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            standIn.close();
        }
    }

    private static Map<String, String> withMail(TestMailServer mail, Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putAll(mail.env());
        all.put("MARQUEE_MAIL_FROM", "HackConf <tickets@marquee.test>");
        all.put("MARQUEE_MAIL_DISPATCH_INTERVAL", "PT1S");
        all.put("MARQUEE_TICKETS_CHECK_INTERVAL", "PT2S");
        all.put("MARQUEE_SCHEDULE_SYNC_CHECK_INTERVAL", "PT2S");
        // Every test client is in 127.0.0.0/24, one network to the sign-in limits: give it room for all of
        // them (SignInLimitsIT tests the network limit on its own server).
        all.put("MARQUEE_SIGNIN_NETWORK_FAILURES_PER_MINUTE", "1000");
        // The test export servers listen on 127.0.0.2; every other internal address stays refused.
        all.put("MARQUEE_OUTBOUND_ALLOW", ExportServer.ALLOWED_HOST);
        return all;
    }

    /** PostgreSQL at 127.0.0.1:5432, database test, in a schema emptied first. Fails if PostgreSQL is not there. */
    static MarqueeServer postgres(ExtensionContext context) {
        TestMailServer mail = mail(context);
        String oembed = vimeo(context).endpoint();
        return shared(context, "postgres", () -> {
            resetSchema();
            var dir = MarqueeServer.newWorkDir("postgres");
            MarqueeServer.installPlugin(dir, MarqueeServer.serverFile("example-plugin.jar"));
            return new MarqueeServer(dir, withMail(mail, Map.of(
                    "MARQUEE_DB_URL", PG_URL + "?currentSchema=" + PG_SCHEMA,
                    "MARQUEE_DB_USER", "postgres",
                    "MARQUEE_VIMEO_OEMBED_URL", oembed,
                    "MARQUEE_DB_PASSWORD", PG_PASSWORD,
                    "MARQUEE_ADMIN_EMAIL", ADMIN_EMAIL,
                    "MARQUEE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "MARQUEE_DEMO", "false"))).withManagementListener();
        });
    }

    static void resetSchema() {
        resetSchema(PG_SCHEMA);
    }

    static void resetSchema(String schema) {
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must run on 127.0.0.1:5432 with a database 'test' for "
                    + "these tests: " + e.getMessage(), e);
        }
    }

    private static MarqueeServer shared(ExtensionContext context, String key,
                                        java.util.function.Supplier<MarqueeServer> factory) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedServers.class));
        return store.getOrComputeIfAbsent(key, k -> new Running(factory.get().start()), Running.class).server();
    }

    /** Closed by JUnit when the run ends. */
    private record Running(MarqueeServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.stop();
        }
    }
}
