/**
 * The guarded HTTP client behind {@link dev.marquee.platform.spi.outbound.OutboundHttp}, on Apache
 * HttpClient 5: {@link dev.marquee.platform.infrastructure.outbound.AddressRules} says which addresses
 * are internal, {@link dev.marquee.platform.infrastructure.outbound.AllowList} what the operator allows
 * ({@code marquee.outbound.allow}), {@link dev.marquee.platform.infrastructure.outbound.DestinationPolicy}
 * combines both; the policy is enforced twice, by {@link dev.marquee.platform.infrastructure.outbound.GuardedDnsResolver}
 * on every resolved address and by {@link dev.marquee.platform.infrastructure.outbound.GuardedSocketFactory}
 * on the address a socket is about to connect to. {@link dev.marquee.platform.infrastructure.outbound.GuardedHttpClient}
 * follows redirects itself (the library's handling is off) and turns failures into messages.
 */
package dev.marquee.platform.infrastructure.outbound;
