/**
 * Outbound HTTP that a user can aim: a ticket export's URL today, webhooks, restream targets and
 * recording storage later. Every such request goes through {@link dev.marquee.platform.spi.outbound.OutboundHttp}
 * (inject it), which refuses loopback, private, link-local and other internal destinations unless an
 * operator allows them ({@code marquee.outbound.allow}), on every redirect and on the address actually
 * connected to. Its errors say what went wrong and never quote what a foreign server answered.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.outbound;
