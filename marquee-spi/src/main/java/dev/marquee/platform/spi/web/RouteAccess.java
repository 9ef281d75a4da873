package dev.marquee.platform.spi.web;

/**
 * Who may call a {@link PluginRoute}; core checks it before the handler runs. A refused caller gets 401
 * (not signed in) or 403 (signed in, not allowed) with Marquee's usual error body.
 *
 * @since 0.1.0
 */
public enum RouteAccess {
    /** Anyone, signed in or not (a webhook from another service, a public read). */
    ANYONE,
    /** A signed-in person: an attendee with a session, an organizer or a member of an event's team. */
    SIGNED_IN,
    /** An organizer of the platform only. */
    ORGANIZER
}
