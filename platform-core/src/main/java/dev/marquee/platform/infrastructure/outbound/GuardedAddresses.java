package dev.marquee.platform.infrastructure.outbound;

import dev.marquee.platform.spi.outbound.OutboundException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** {@link dev.marquee.platform.spi.outbound.OutboundAddresses#resolve} on a guarded resolver, failures worded for people. */
final class GuardedAddresses {

    private GuardedAddresses() {
    }

    static List<InetAddress> resolve(GuardedDnsResolver resolver, String host) throws OutboundException {
        if (host == null || host.isBlank()) {
            throw new OutboundException(OutboundException.Reason.BAD_REQUEST, "the address names no valid host");
        }
        try {
            return List.of(resolver.resolve(host));
        } catch (RefusedDestinationException e) {
            throw OutboundErrors.refused(e, 0);
        } catch (UnknownHostException e) {
            throw new OutboundException(OutboundException.Reason.UNREACHABLE,
                    Hosts.normalize(host) + " cannot be found (unknown host)", e);
        }
    }
}
