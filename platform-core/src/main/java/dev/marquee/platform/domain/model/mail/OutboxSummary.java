package dev.marquee.platform.domain.model.mail;

import java.time.Instant;

/**
 * The outbox at a glance: how many mails wait (pending or being sent), how many were given up on, when
 * the mail server last took one, and the latest error of a mail that has not gone out (null when none
 * has one: errors of mails sent since are history, not a problem).
 */
public record OutboxSummary(long waiting, long failed, Instant lastSentAt, Instant lastErrorAt, String lastError) {
}
