package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.mail.OutboxMail;

/** Hands a mail to a mail server. */
public interface MailSender {

    /** Whether a mail server is configured; without one, mails wait in the outbox. */
    boolean configured();

    /** Sends the mail; throws with a reason when the server refuses or cannot be reached. */
    void send(OutboxMail mail) throws Exception;
}
