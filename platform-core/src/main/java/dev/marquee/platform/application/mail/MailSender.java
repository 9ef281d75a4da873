package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.mail.OutboxMail;

/** Hands mails to a mail server. */
public interface MailSender {

    /** Whether a mail server is configured; without one, mails wait in the outbox. */
    boolean configured();

    /** Where mails go and from whom, for people to read; never a login or a password. */
    Route route();

    /**
     * Opens a connection to the mail server, to send several mails over it. Throws {@link Refused} when
     * the server does not meet the configured transport security; any other exception when it cannot
     * be reached.
     */
    Connection connect() throws Exception;

    /**
     * The mail server ({@code host:port}, null when none is configured), how the connection to it is
     * protected ({@code starttls}, {@code tls} or {@code none}) and the sender address.
     */
    record Route(String server, String security, String from) {
    }

    /** One connection to the mail server; not thread-safe. */
    interface Connection extends AutoCloseable {

        /** Sends one mail; throws with a reason when the server refuses it. */
        void send(OutboxMail mail) throws Exception;

        @Override
        void close();
    }

    /**
     * The mail server does not meet the configured security (no STARTTLS, a certificate that is not
     * trusted or names another host): nothing was sent, not even credentials, and trying again does not
     * help until the server or the configuration changes. The message says what to change.
     */
    class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
