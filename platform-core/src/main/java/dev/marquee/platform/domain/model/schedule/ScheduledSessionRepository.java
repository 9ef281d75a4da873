package dev.marquee.platform.domain.model.schedule;

import java.util.List;
import java.util.Optional;

/** Stores schedule sessions. */
public interface ScheduledSessionRepository {

    Optional<ScheduledSession> find(long id);

    /** The stage's sessions in time order. */
    List<ScheduledSession> ofStage(long stageId);

    /** The sessions of every stage of the event, in time order. */
    List<ScheduledSession> ofEvent(long eventId);

    /** Sessions of every event that end within the window, oldest end first, at most {@code limit}. */
    List<ScheduledSession> endingBetween(java.time.Instant from, java.time.Instant to, int limit);

    /** Sessions starting in [from, to), their stages and events loaded, earliest first. */
    List<ScheduledSession> startingBetween(java.time.Instant from, java.time.Instant to, int limit);

    ScheduledSession add(ScheduledSession session);

    /**
     * Makes the current transaction the only one writing the event's schedule by import until it ends
     * (a row lock on the event), so two imports of one event never both create the same talk.
     */
    void lockForImport(long eventId);

    void remove(ScheduledSession session);
}
