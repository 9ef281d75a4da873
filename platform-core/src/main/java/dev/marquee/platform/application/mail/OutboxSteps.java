package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.mail.OutboxMail;
import dev.marquee.platform.domain.model.mail.OutboxRepository;
import dev.marquee.platform.domain.model.mail.OutboxSummary;
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
        mails.noteWaiting(ids, reason, clock.instant());
    }

    @Transactional
    public void failed(long id, String error) {
        mails.find(id).ifPresent(m -> m.failed(error, clock.instant()));
    }

    /** Puts a mail into the outbox already claimed by the caller, who sends it now (a test mail). */
    @Transactional
    public OutboxMail addClaimed(MailDraft draft) {
        Instant now = clock.instant();
        OutboxMail mail = new OutboxMail(draft.eventId(), draft.attendeeId(), draft.to(), draft.subject(), draft.text(),
                draft.html(), now);
        mail.claimUntil(now.plus(claim));
        return mails.add(mail);
    }

    /** A mail that is not tried again: its sender was told why. */
    @Transactional
    public void abandoned(long id, String error) {
        mails.find(id).ifPresent(m -> m.abandon(error, clock.instant()));
    }

    @Transactional
    public OutboxSummary summary() {
        return mails.summary();
    }
}
