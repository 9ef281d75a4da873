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

    ScheduledSession add(ScheduledSession session);

    void remove(ScheduledSession session);
}
