package dev.marquee.platform.domain.model.mail;

/** Where a mail stands in the outbox. */
public enum OutboxStatus {
    /** Waiting for its next attempt (or for a mail server to be configured). */
    PENDING,
    /** Claimed by a dispatcher that is talking to the mail server now. */
    SENDING,
    /** Accepted by the mail server; its body has been erased. */
    SENT,
    /** Given up on after too many attempts. */
    FAILED,
    /** Not sent because what it carried no longer holds (a newer code replaced the one in it); its body is erased. */
    WITHDRAWN
}
