/**
 * Email: composing the mails Marquee sends, putting them in the outbox (in the caller's transaction)
 * and the dispatcher that delivers them with retries and backoff.
 */
package dev.marquee.platform.application.mail;
