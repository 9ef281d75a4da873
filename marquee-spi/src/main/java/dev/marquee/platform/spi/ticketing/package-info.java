/**
 * The ticketing extension point: where ticket buyers come from (a Weemss CSV export, say). Core turns
 * the records a {@link dev.marquee.platform.spi.ticketing.TicketSource} reports into attendees.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.ticketing;
