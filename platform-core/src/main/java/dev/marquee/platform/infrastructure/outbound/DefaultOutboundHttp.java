package dev.marquee.platform.infrastructure.outbound;

import dev.marquee.platform.spi.outbound.OutboundAddresses;
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

import java.net.InetAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The application's one {@link OutboundHttp} and {@link OutboundAddresses}: the guarded client and
 * resolver with the operator's allow list ({@value OutboundHttp#ALLOW_KEY}, comma-separated; env
 * {@code MARQUEE_OUTBOUND_ALLOW}), read once at start.
 */
@ApplicationScoped
public class DefaultOutboundHttp implements OutboundHttp, OutboundAddresses {

    private static final Logger LOG = Logger.getLogger(DefaultOutboundHttp.class.getName());

    @Inject
    @ConfigProperty(name = ALLOW_KEY)
    Optional<String> allow;

    private GuardedHttpClient client;
    private GuardedDnsResolver resolver;

    @PostConstruct
    void start() {
        AllowList allowed = AllowList.parse(Arrays.asList(allow.orElse("").split(",")),
                entry -> LOG.severe(ALLOW_KEY + ": ignoring " + entry));
        DestinationPolicy policy = new DestinationPolicy(allowed);
        client = new GuardedHttpClient(policy, SystemDefaultDnsResolver.INSTANCE);
        resolver = new GuardedDnsResolver(SystemDefaultDnsResolver.INSTANCE, policy);
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

    @Override
    public List<InetAddress> resolve(String host) throws OutboundException {
        return GuardedAddresses.resolve(resolver, host);
    }

    @Override
    public void check(String host) throws OutboundException {
        try {
            GuardedAddresses.resolve(resolver, host);
        } catch (OutboundException e) {
            if (e.reason() == OutboundException.Reason.REFUSED) {
                throw e;
            }
        }
    }
}
