package dev.marquee.platform.domain.model.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores the ticket sources of events. */
public interface TicketSourceRepository {

    Optional<EventTicketSource> find(long id);

    List<EventTicketSource> ofEvent(long eventId);

    /** Sources whose next run is due at {@code now}. */
    List<EventTicketSource> due(Instant now);

    EventTicketSource add(EventTicketSource source);

    void remove(EventTicketSource source);
}
