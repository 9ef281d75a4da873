package dev.marquee.platform.domain.model.attendee;

import java.util.List;
import java.util.Optional;

/** Stores attendees and their tickets. */
public interface AttendeeRepository {

    Optional<Attendee> find(long id);

    Optional<Attendee> findByEmail(long eventId, String email);

    /** The event's attendees with these emails, by normalised email. */
    java.util.Map<String, Attendee> findByEmails(long eventId, java.util.Collection<String> emails);

    /** The event's attendees, by name. */
    List<Attendee> ofEvent(long eventId);

    /** How many tickets each attendee of the event holds, keyed by attendee id. */
    java.util.Map<Long, Long> ticketCounts(long eventId);

    Attendee add(Attendee attendee);
}
