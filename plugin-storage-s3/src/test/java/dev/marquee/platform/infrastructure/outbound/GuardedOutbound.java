package dev.marquee.platform.infrastructure.outbound;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

import java.net.URI;
import java.util.List;

/**
 * Core's real guarded client for this plugin's tests, built as core's own tests build it
 * ({@code GuardedHttpClientTest}): the system resolver and an allow list. It lives in core's package
 * because the client's constructor is package-private; production code gets {@link OutboundHttp} injected.
 */
public final class GuardedOutbound implements OutboundHttp, AutoCloseable {

    private final GuardedHttpClient client;

    private GuardedOutbound(GuardedHttpClient client) {
        this.client = client;
    }

    /** The guarded client allowing these internal hosts, addresses or ranges (none: public addresses only). */
    public static GuardedOutbound allowing(String... allowed) {
        AllowList list = AllowList.parse(List.of(allowed), entry -> {
            throw new IllegalArgumentException("invalid allow entry " + entry);
        });
        return new GuardedOutbound(new GuardedHttpClient(new DestinationPolicy(list), SystemDefaultDnsResolver.INSTANCE));
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
    public void close() {
        client.close();
    }
}
