package dev.marquee.platform.infrastructure.outbound;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The application's one {@link OutboundHttp}: the guarded client with the operator's allow list
 * ({@value OutboundHttp#ALLOW_KEY}, comma-separated; env {@code MARQUEE_OUTBOUND_ALLOW}), read once at start.
 */
@ApplicationScoped
public class DefaultOutboundHttp implements OutboundHttp {

    private static final Logger LOG = Logger.getLogger(DefaultOutboundHttp.class.getName());

    @Inject
    @ConfigProperty(name = ALLOW_KEY)
    Optional<String> allow;

    private GuardedHttpClient client;

    @PostConstruct
    void start() {
        AllowList allowed = AllowList.parse(Arrays.asList(allow.orElse("").split(",")),
                entry -> LOG.severe(ALLOW_KEY + ": ignoring " + entry));
        client = new GuardedHttpClient(new DestinationPolicy(allowed), SystemDefaultDnsResolver.INSTANCE);
        LOG.info("Outbound requests may reach public addresses and " + allowed);
    }

    @PreDestroy
    void stop() {
        client.close();
    }

    @Override
    public OutboundResponse send(OutboundRequest request) throws OutboundException {
        return client.send(request);
    }

    @Override
    public void check(URI uri) throws OutboundException {
        client.check(uri);
    }
}
