package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.mail.OutboxMail;

/** Hands mails to a mail server. */
public interface MailSender {

    /** Whether a mail server is configured; without one, mails wait in the outbox. */
    boolean configured();

    /** Opens a connection to the mail server, to send several mails over it. */
    Connection connect() throws Exception;

    /** One connection to the mail server; not thread-safe. */
    interface Connection extends AutoCloseable {

        /** Sends one mail; throws with a reason when the server refuses it. */
        void send(OutboxMail mail) throws Exception;

        @Override
        void close();
    }
}
