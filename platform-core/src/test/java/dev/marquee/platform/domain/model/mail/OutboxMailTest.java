package dev.marquee.platform.domain.model.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    private static OutboxMail mail() {
        return new OutboxMail(1L, 2L, "a@example.org", "Your code", "text with CODE", "<p>CODE</p>", NOW);
    }

    @Test
    void backoffDoublesFromThirtySecondsUpToAnHour() {
        assertThat(OutboxMail.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxMail.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxMail.backoff(5)).isEqualTo(Duration.ofSeconds(480));
        assertThat(OutboxMail.backoff(9)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aFailedAttemptIsRetriedLaterAndGivenUpAfterTen() {
        OutboxMail mail = mail();
        mail.failed("connection refused", NOW);
        assertThat(mail.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(mail.attempts()).isEqualTo(1);
        for (int i = 1; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.failed("connection refused", NOW);
        }
        assertThat(mail.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(mail.textBody()).as("no code kept for a mail that will never go").isNull();
    }

    @Test
    void aSentMailKeepsNoBody() {
        OutboxMail mail = mail();
        mail.sent(NOW);
        assertThat(mail.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(mail.textBody()).isNull();
        assertThat(mail.htmlBody()).isNull();
        assertThat(mail.sentAt()).isEqualTo(NOW);
    }

    @Test
    void anErrorKeepsItsTimeUntilTheMailGoesOut() {
        OutboxMail mail = mail();
        mail.failed("connection refused", NOW);
        assertThat(mail.lastErrorAt()).isEqualTo(NOW);
        mail.sent(NOW.plusSeconds(60));
        assertThat(mail.lastError()).isNull();
        assertThat(mail.lastErrorAt()).as("a mail that went out is no current problem").isNull();
    }

    @Test
    void aClaimedMailThatIsAbandonedIsNotTriedAgainAndKeepsNoBody() {
        OutboxMail mail = mail();
        mail.claimUntil(NOW.plusSeconds(300));
        assertThat(mail.status()).isEqualTo(OutboxStatus.SENDING);
        mail.abandon("535 authentication failed", NOW);
        assertThat(mail.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.lastError()).isEqualTo("535 authentication failed");
        assertThat(mail.lastErrorAt()).isEqualTo(NOW);
        assertThat(mail.textBody()).isNull();
        assertThat(mail.htmlBody()).isNull();
    }
}
