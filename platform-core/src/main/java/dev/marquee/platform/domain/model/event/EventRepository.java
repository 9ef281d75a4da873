package dev.marquee.platform.domain.model.event;

import java.util.List;
import java.util.Optional;

/** Stores events. */
public interface EventRepository {

    Optional<Event> find(long id);

    Optional<Event> findBySlug(String slug);

    /** Every event, newest first. */
    List<Event> all();

    /** The events with the given access modes, newest first. */
    List<Event> withAccess(List<EventAccess> modes);

    long count();

    Event add(Event event);

    void remove(Event event);
}
