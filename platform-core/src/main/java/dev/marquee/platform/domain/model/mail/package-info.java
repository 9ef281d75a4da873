/**
 * The mail outbox: every email Marquee sends is first a row here, written in the transaction that
 * decided to send it, then delivered by the dispatcher with retries.
 */
package dev.marquee.platform.domain.model.mail;
