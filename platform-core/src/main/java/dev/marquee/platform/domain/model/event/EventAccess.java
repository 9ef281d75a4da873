package dev.marquee.platform.domain.model.event;

/** Who may watch an event's stages. */
public enum EventAccess {
    /** Anyone, under a display name. */
    PUBLIC,
    /** Holders of a valid ticket. */
    TICKETED,
    /** Invited people only. */
    PRIVATE
}
