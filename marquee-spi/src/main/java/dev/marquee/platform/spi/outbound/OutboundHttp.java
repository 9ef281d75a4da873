package dev.marquee.platform.spi.outbound;

import java.net.URI;

/**
 * The one way to send an HTTP request to an address that an organizer (or any user) chose. Inject it:
 * {@code @Inject OutboundHttp http;}.
 *
 * <p><b>What is checked.</b> The scheme must be {@code http} or {@code https} and the URL must name a
 * host (no user info). Every address the host resolves to, and again the address each connection is
 * actually opened to, must be a public one: loopback, unspecified, private (RFC 1918, unique local),
 * link-local (cloud metadata services live there), multicast, carrier-grade NAT, reserved and
 * broadcast addresses are refused, and so are IPv6 forms that embed such an IPv4 address. The bytes of
 * the resolved address are judged, so every way of writing one ({@code 2130706433},
 * {@code [::ffff:127.0.0.1]}, upper case, a DNS name pointing inside) meets the same check; a name that
 * resolves to a public address when checked and to an internal one when connecting is refused then.
 * An operator may allow named hosts, IP addresses or CIDR ranges with {@value #ALLOW_KEY}.
 *
 * <p><b>Redirects</b> (301, 302, 303, 307, 308; at most {@value #MAX_REDIRECTS}) are followed with the
 * same checks at each hop. The request's headers (an API key, say) go only to the origin (scheme,
 * host and port) of the request's URI: once a redirect leaves it, they are dropped for the rest of the
 * chain. No proxy is used and no cookies are kept.
 *
 * <p><b>Threading.</b> Thread-safe; {@link #send} blocks until the response head has arrived (or
 * {@link OutboundRequest#timeout()} has passed), so call it from a background or request thread, never
 * from an event loop.
 *
 * @since 0.1.0
 */
public interface OutboundHttp {

    /** The configuration key that lists what may be reached although inside (hosts, {@code *.suffix}, IPs, CIDRs). */
    String ALLOW_KEY = "marquee.outbound.allow";

    /** How many redirects one request follows at most. */
    int MAX_REDIRECTS = 5;

    /**
     * Sends the request, following redirects, and returns the final response with its body still to
     * be read. The caller closes the response (try-with-resources), which frees the connection.
     *
     * @throws OutboundException when the request is not valid, the destination is refused, cannot be
     *                           reached or does not answer in time, or redirects too often
     */
    OutboundResponse send(OutboundRequest request) throws OutboundException;

    /**
     * Checks a URL without sending anything, for validating settings when they are saved: the scheme,
     * the host, and (when the host resolves now) its addresses. A host that does not resolve at the
     * moment passes: every request checks again.
     *
     * @throws OutboundException naming the problem, e.g. that the host is a loopback address and how an
     *                           operator allows it
     */
    void check(URI uri) throws OutboundException;
}
