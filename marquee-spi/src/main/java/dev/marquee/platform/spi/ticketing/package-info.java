/**
 * The ticketing extension point: where ticket buyers come from (a Weemss CSV export, say). Core turns
 * the records a {@link dev.marquee.platform.spi.ticketing.TicketSource} reports into attendees.
 */
package dev.marquee.platform.spi.ticketing;
