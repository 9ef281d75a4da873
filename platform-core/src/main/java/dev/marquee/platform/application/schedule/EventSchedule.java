package dev.marquee.platform.application.schedule;

import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.stage.Stage;

import java.time.Instant;
import java.util.List;

/** Every stage's sessions at a moment, with the session on now and the next one per stage. */
public record EventSchedule(Event event, Instant at, List<StageSchedule> stages) {

    /** One stage's part of the schedule; {@code now} and {@code next} may be null. */
    public record StageSchedule(Stage stage, List<ScheduledSession> sessions, ScheduledSession now,
                                ScheduledSession next) {
    }
}
