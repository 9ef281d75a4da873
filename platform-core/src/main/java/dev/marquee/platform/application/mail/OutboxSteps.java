package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.mail.OutboxMail;
import dev.marquee.platform.domain.model.mail.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The dispatcher's steps, each its own short transaction, so a claim is visible before the mail goes out. */
@ApplicationScoped
public class OutboxSteps {

    /** Longer than any SMTP exchange may take (the mailer's timeouts are 30 s); only a crash outlives it. */
    @Inject
    @ConfigProperty(name = "marquee.mail.claim-timeout", defaultValue = "PT5M")
    Duration claim;

    @Inject
    OutboxRepository mails;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public List<Long> due(int max) {
        return mails.due(clock.instant(), max);
    }

    /** Mails waiting to be sent or being sent (the backlog metric). */
    @Transactional
    public long backlog() {
        return mails.backlog();
    }

    /** Claims the mail for sending; empty if another dispatcher got it first. */
    @Transactional
    public Optional<OutboxMail> claim(long id) {
        Instant now = clock.instant();
        if (!mails.claim(id, now, now.plus(claim))) {
            return Optional.empty();
        }
        return mails.find(id);
    }

    @Transactional
    public void sent(long id) {
        mails.find(id).ifPresent(m -> m.sent(clock.instant()));
    }

    /** Notes on waiting mails why they wait, without counting an attempt (the mail is not at fault). */
    @Transactional
    public void waiting(List<Long> ids, String reason) {
        mails.noteWaiting(ids, reason);
    }

    @Transactional
    public void failed(long id, String error) {
        mails.find(id).ifPresent(m -> m.failed(error, clock.instant()));
    }
}
