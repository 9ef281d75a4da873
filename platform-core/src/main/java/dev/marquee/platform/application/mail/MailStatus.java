package dev.marquee.platform.application.mail;

import java.time.Instant;

/**
 * Whether mail works, for organizers: is a server configured (where, how protected, from whom: never a
 * login), how many mails wait or were given up on, when one last went out, and the latest error of a
 * mail that has not gone out.
 */
public record MailStatus(boolean configured, String server, String security, String from, long pending, long failed,
                         Instant lastSentAt, Instant lastFailureAt, String lastFailure) {
}
