package dev.marquee.platform.domain.model.attendee;

import java.util.List;
import java.util.Optional;

/** Stores attendees and their tickets. */
public interface AttendeeRepository {

    Optional<Attendee> find(long id);

    /** The ids of all the event's attendees, by email. */
    java.util.Map<String, Long> idsByEmail(long eventId);

    /** The event's attendees, by name. */
    List<Attendee> ofEvent(long eventId);

    /** How many tickets each attendee of the event holds, keyed by attendee id. */
    java.util.Map<Long, Long> ticketCounts(long eventId);

    /** Every attendee with this (normalised) email, across events, with their events loaded. */
    List<Attendee> withEmail(String email);

    Attendee add(Attendee attendee);
}
