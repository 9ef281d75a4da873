package dev.marquee.platform.domain.model.viewing;

import java.util.Collection;
import java.util.List;

/** Stores viewing sessions. */
public interface ViewingRepository {

    /** Adds new viewings and brings changed ones up to date, in the caller's transaction. */
    void save(Collection<ViewingRecord> added, Collection<ViewingUpdate> changed);

    /** Every viewing of the event, oldest first. */
    List<ViewingRecord> ofEvent(long eventId);

    /** The viewings of one person in the event, oldest first. */
    List<ViewingRecord> ofPerson(long eventId, String subject);
}
