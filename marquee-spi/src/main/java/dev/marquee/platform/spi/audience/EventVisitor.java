package dev.marquee.platform.spi.audience;

/**
 * The caller of a request as core's access rules see them on an event they may know of
 * ({@link dev.marquee.platform.spi.auth.RequestCaller#event}): the event's id and title, and whether they
 * may watch it (anyone on a PUBLIC event; on a TICKETED or PRIVATE one, people signed in for it and its
 * team). An immutable snapshot of the moment it was asked; any thread.
 *
 * @since 0.1.0
 */
public record EventVisitor(long eventId, String title, boolean mayWatch) {
}
