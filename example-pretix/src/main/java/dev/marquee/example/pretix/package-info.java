/**
 * The second worked example of docs/plugins.md: the {@code pretix} ticket source, a drop-in plugin that
 * reads the orders of one pretix event from pretix's REST API through core's guarded
 * {@link dev.marquee.platform.spi.outbound.OutboundHttp}, page by page, from the point its cursor says,
 * and turns each ticket of a paid order into a ticket record (canceled and expired ones into cancelled
 * records).
 */
package dev.marquee.example.pretix;
