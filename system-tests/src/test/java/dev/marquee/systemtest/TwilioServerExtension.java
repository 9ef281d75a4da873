package dev.marquee.systemtest;

import dev.marquee.plugin.twilio.api.TwilioStandIn;
import dev.marquee.testkit.Marquee;
import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test class's tests a {@link Marquee} (or its {@link MarqueeServer}) with the twilio-video plugin
 * configured for a local Twilio stand-in ({@link TwilioServers}), booted on first use and stopped, with the
 * stand-in, when the class is done. For the test kit's contracts, which take the running Marquee as a parameter.
 */
public class TwilioServerExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Marquee.class || type == MarqueeServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext owner = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        Running running = owner.getStore(ExtensionContext.Namespace.create(TwilioServerExtension.class))
                .getOrComputeIfAbsent(context.getRequiredTestClass(), k -> Running.boot(owner), Running.class);
        if (parameter.getParameter().getType() == MarqueeServer.class) {
            return running.server();
        }
        return Marquee.of(running.server(), TwilioServers.ORGANIZER_EMAIL, TwilioServers.ORGANIZER_PASSWORD);
    }

    /** Closed by JUnit when the test class is done. */
    private record Running(TwilioStandIn twilio, MarqueeServer server) implements ExtensionContext.Store.CloseableResource {

        static Running boot(ExtensionContext owner) {
            TwilioStandIn twilio = new TwilioStandIn();
            try {
                String name = owner.getRequiredTestClass().getSimpleName();
                return new Running(twilio, TwilioServers.start(name, twilio));
            } catch (RuntimeException e) {
                twilio.close();
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                server.stop();
            } finally {
                twilio.close();
            }
        }
    }
}
