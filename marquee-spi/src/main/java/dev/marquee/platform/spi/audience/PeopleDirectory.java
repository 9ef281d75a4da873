package dev.marquee.platform.spi.audience;

import java.util.List;
import java.util.Optional;

/**
 * The people of an event other people may find: its attendees whose access is active (not revoked or
 * cancelled), by subject and display name only. It hands out no email, phone or ticket data: those stay
 * with organizers in core's own attendee API. Core implements it; plugins inject it:
 * {@code @Inject PeopleDirectory people;}. Whether the caller may see an event's people is the plugin's
 * question to ask first ({@link dev.marquee.platform.spi.auth.RequestCaller#event}).
 *
 * <p><b>Lifecycle.</b> Application-scoped. Each call reads the database in a transaction of its own, so
 * the answer is current and costs a query: a plugin that searches often keeps a short-lived copy of
 * {@link #activeAttendees} and asks {@link #activeAttendee} afresh before it acts on a person.
 *
 * <p><b>Threading.</b> Thread-safe; blocks for the query, so never call it from an event loop.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0; methods may be added (core implements it).
 *
 * @since 0.1.0
 */
public interface PeopleDirectory {

    /** Every active attendee of the event, in no particular order; empty for an unknown event. */
    List<EventPerson> activeAttendees(long eventId);

    /** The person with this subject when they are an active attendee of the event; else empty. */
    Optional<EventPerson> activeAttendee(long eventId, String subject);
}
