package dev.marquee.platform.interfaces.rest.mail;

import dev.marquee.platform.application.mail.MailStatus;

import java.time.Instant;

/**
 * Whether mail works: {@code configured}, the {@code server} ({@code host:port}) and its {@code security},
 * the sender ({@code from}), mails {@code pending} (waiting or being sent) and {@code failed} (given up
 * on), {@code lastSentAt}, and the latest error of a mail not sent ({@code lastFailureAt},
 * {@code lastFailure}). Never a login or a password, never a mail's contents.
 */
public record MailStatusView(boolean configured, String server, String security, String from, long pending,
                             long failed, Instant lastSentAt, Instant lastFailureAt, String lastFailure) {

    static MailStatusView of(MailStatus s) {
        return new MailStatusView(s.configured(), s.server(), s.security(), s.from(), s.pending(), s.failed(),
                s.lastSentAt(), s.lastFailureAt(), s.lastFailure());
    }
}
