package dev.marquee.systemtest;

import dev.marquee.testkit.Marquee;
import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test the shared server of its class's {@link Database} (booted on first use), the test kit's
 * {@link Marquee} on it (so the kit's contract tests run on the shared servers), or the shared SMTP server.
 */
public class ServerExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MarqueeServer.class || type == TestMailServer.class || type == Marquee.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == TestMailServer.class) {
            return SharedServers.mail(context);
        }
        Database database = context.getRequiredTestClass().getAnnotation(Database.class);
        if (database == null) {
            throw new IllegalStateException("Annotate the test class with @Database");
        }
        MarqueeServer server = switch (database.value()) {
            case H2 -> SharedServers.h2(context);
            case POSTGRES -> SharedServers.postgres(context);
        };
        return parameter.getParameter().getType() == Marquee.class
                ? Marquee.of(server, SharedServers.ADMIN_EMAIL, SharedServers.ADMIN_PASSWORD) : server;
    }
}
