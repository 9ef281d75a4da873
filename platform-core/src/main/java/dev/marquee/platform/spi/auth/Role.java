package dev.marquee.platform.spi.auth;

/** What a person may do. ORGANIZER is platform-wide; the others apply within one event. */
public enum Role {
    /** Runs events: the admin console and every write of the API. */
    ORGANIZER,
    /** Leads a stage: invites speakers, moderates chat. */
    HOST,
    /** Is on a stage, invited by a host. */
    SPEAKER,
    /** Watches: a ticket holder, an invited person or, on a public event, a guest. */
    VIEWER
}
