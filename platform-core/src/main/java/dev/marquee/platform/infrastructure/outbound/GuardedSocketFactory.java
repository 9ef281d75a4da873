package dev.marquee.platform.infrastructure.outbound;

import org.apache.hc.client5.http.io.DetachedSocketFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;

/**
 * Makes the sockets HttpClient connects with: plain sockets (never through a proxy) that check the
 * address right before connecting, so the address connected to is the address checked, whatever
 * resolved it and whenever.
 */
final class GuardedSocketFactory implements DetachedSocketFactory {

    private final DestinationPolicy policy;

    GuardedSocketFactory(DestinationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Socket create(Proxy ignored) {
        return new GuardedSocket(policy);
    }

    /** A socket that refuses to connect where the policy forbids. */
    static final class GuardedSocket extends Socket {

        private final DestinationPolicy policy;

        GuardedSocket(DestinationPolicy policy) {
            super(Proxy.NO_PROXY);
            this.policy = policy;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress target) || target.isUnresolved()) {
                throw new IOException("Only resolved addresses are connected to");
            }
            // getHostString never asks DNS: the name the resolver attached, or the address as text.
            String host = Hosts.normalize(target.getHostString());
            var refusal = policy.refusal(host, target.getAddress());
            if (refusal.isPresent()) {
                throw new RefusedDestinationException(host, refusal.get());
            }
            super.connect(endpoint, timeout);
        }
    }
}
