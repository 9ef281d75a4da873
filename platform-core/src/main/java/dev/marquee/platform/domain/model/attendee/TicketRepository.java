package dev.marquee.platform.domain.model.attendee;

import java.util.Map;

/** Stores tickets, keyed by event, source type and the source's ticket id. */
public interface TicketRepository {

    /** The tickets of one source in an event with these ticket ids (attendees loaded), by ticket id. */
    Map<String, Ticket> findAll(long eventId, String sourceType, java.util.Collection<String> externalIds);

    /** The row fingerprint of every ticket of one source in an event, by the source's ticket id. */
    Map<String, String> fingerprints(long eventId, String sourceType);

    /** Whether the attendee still holds a ticket that is not cancelled. */
    boolean holdsValidTicket(long attendeeId);

    Ticket add(Ticket ticket);
}
