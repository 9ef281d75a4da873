package dev.marquee.platform.domain.model.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores the schedule feeds of events (at most one per event). */
public interface ScheduleFeedRepository {

    Optional<ScheduleFeed> find(long id);

    Optional<ScheduleFeed> ofEvent(long eventId);

    /** Feeds whose next run is due at {@code now}. */
    List<ScheduleFeed> due(Instant now);

    ScheduleFeed add(ScheduleFeed feed);

    void remove(ScheduleFeed feed);
}
