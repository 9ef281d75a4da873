package dev.marquee.platform.spi.web;

/**
 * The address a request or a socket really comes from, for limits per address and bans of guests, as
 * core reads it for its own: behind a load balancer every request comes from the balancer, so when the
 * peer is one of {@code marquee.http.trusted-proxies} (an operator's setting; none by default) the address
 * that proxy appended to {@code X-Forwarded-For} counts instead: the last entry, the only one a client
 * cannot forge. Any other peer's {@code X-Forwarded-For} is ignored. Core implements it; plugins inject
 * it: {@code @Inject ClientAddressResolver addresses;}.
 *
 * <p><b>Threading.</b> Thread-safe, never blocks; any thread.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0.
 *
 * @since 0.1.0
 */
public interface ClientAddressResolver {

    /**
     * The client's address: {@code peer} (the connection's remote address; null when unknown, answered as
     * null), or what a trusted proxy says it forwarded from ({@code forwardedFor}, the header's value, may
     * be null).
     */
    String clientAddress(String peer, String forwardedFor);
}
