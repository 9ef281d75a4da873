package dev.marquee.platform.infrastructure.outbound;

import org.apache.hc.client5.http.DnsResolver;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Resolves a host and refuses it when any of its addresses may not be reached: a name that points
 * inside (wholly or in part) is refused rather than filtered. The addresses it returns carry the host
 * name, so the socket's own check ({@link GuardedSocketFactory}) judges them for the same host.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final DnsResolver delegate;
    private final DestinationPolicy policy;

    GuardedDnsResolver(DnsResolver delegate, DestinationPolicy policy) {
        this.delegate = delegate;
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = Hosts.normalize(host);
        InetAddress[] found = delegate.resolve(host.startsWith("[") ? name : host);
        if (found == null || found.length == 0) {
            throw new UnknownHostException(host);
        }
        InetAddress[] checked = new InetAddress[found.length];
        for (int i = 0; i < found.length; i++) {
            InetAddress address = found[i];
            var refusal = policy.refusal(name, address);
            if (refusal.isPresent()) {
                throw new RefusedDestinationException(name, refusal.get());
            }
            checked[i] = address instanceof Inet6Address v6 && v6.getScopeId() != 0
                    ? Inet6Address.getByAddress(name, v6.getAddress(), v6.getScopeId())
                    : InetAddress.getByAddress(name, address.getAddress());
        }
        return checked;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return delegate.resolveCanonicalHostname(host);
    }
}
