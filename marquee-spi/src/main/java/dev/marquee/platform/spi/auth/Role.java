package dev.marquee.platform.spi.auth;

/**
 * What a person may do. A role is held platform-wide, for one event or for one stage (see the team
 * grants in core): ORGANIZER platform-wide runs the platform, for one event runs that event; HOST and
 * MODERATOR lead a whole event's stages or one stage.
 *
 * @since 0.1.0
 */
public enum Role {
    /** Runs events: the admin console and every write of the API. */
    ORGANIZER,
    /** Leads a stage: invites speakers, moderates chat. */
    HOST,
    /** Moderates chat (delete, time out, ban, pin, slow mode) without leading the stage. */
    MODERATOR,
    /** Is on a stage, invited by a host. */
    SPEAKER,
    /** Watches: a ticket holder, an invited person or, on a public event, a guest. */
    VIEWER
}
