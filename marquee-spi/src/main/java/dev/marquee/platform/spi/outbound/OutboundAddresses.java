package dev.marquee.platform.spi.outbound;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * Where a plugin may open a raw connection (not HTTP: an RTMP push, say) to a host an organizer chose,
 * under the same rules as {@link OutboundHttp}: every address the host resolves to must be public unless
 * the operator allows the host, the address or its range in {@value OutboundHttp#ALLOW_KEY}. Inject it:
 * {@code @Inject OutboundAddresses addresses;}.
 *
 * <p>Resolve once, then connect to one of the addresses returned (never to the name again), so what is
 * connected to is what was checked: a DNS answer that changes between the check and the connection
 * (rebinding) cannot lead inside.
 *
 * <p><b>Threading.</b> Thread-safe; {@link #resolve} asks DNS and blocks, so call it from a background
 * thread, never from an event loop.
 *
 * @since 0.1.0
 */
public interface OutboundAddresses {

    /**
     * The addresses of {@code host} (a DNS name or an IP literal, IPv6 with or without brackets), each
     * checked.
     *
     * @throws OutboundException {@link OutboundException.Reason#REFUSED} when any address is internal and
     *                           not allowed (the message says how an operator allows it),
     *                           {@link OutboundException.Reason#UNREACHABLE} when the host cannot be found
     */
    List<InetAddress> resolve(String host) throws OutboundException;

    /**
     * Checks a host when a setting naming it is saved: refused as {@link #resolve} refuses, but a host
     * that does not resolve at the moment passes (every connection resolves and checks again).
     */
    void check(String host) throws OutboundException;

    /**
     * Whether a connection to {@code host} stays inside the operator's network: it resolves, the
     * operator allowed it ({@link #resolve} does not refuse it), and every address is a non-public one
     * (loopback, private, link-local, IPv6 unique local {@code fc00::/7} or carrier-grade NAT
     * {@code 100.64.0.0/10}). A plugin that sends a secret may then accept plain http, which it must
     * refuse anywhere else. False for a public host, a refused one and one that cannot be found. Asks DNS
     * and blocks, as {@link #resolve} does.
     *
     * @since 0.2.0
     */
    default boolean staysInside(String host) {
        List<InetAddress> all;
        try {
            all = resolve(host);
        } catch (OutboundException e) {
            return false;
        }
        return !all.isEmpty() && all.stream().allMatch(OutboundAddresses::nonPublic);
    }

    private static boolean nonPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xFE) == 0xFC;
        }
        return (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
    }
}
