package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.mail.OutboxMail;
import dev.marquee.platform.domain.model.mail.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Puts mails into the outbox, in the caller's transaction: the mail exists exactly when the change that wants it does. */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRepository mails;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMail enqueue(MailDraft draft) {
        return mails.add(new OutboxMail(draft.eventId(), draft.attendeeId(), draft.to(), draft.subject(), draft.text(),
                draft.html(), clock.instant()));
    }
}
