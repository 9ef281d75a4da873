package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.domain.model.schedule.ScheduledSession;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A schedule session, its times given in the event's timezone (with their offset). */
public record SessionView(long id, long stageId, String title, String description, List<String> speakers,
                          OffsetDateTime startsAt, OffsetDateTime endsAt) {

    public static SessionView of(ScheduledSession session, ZoneId zone) {
        return new SessionView(session.id(), session.stage().id(), session.title(), session.description(),
                session.speakers(), session.slot().startsAt().atZone(zone).toOffsetDateTime(),
                session.slot().endsAt().atZone(zone).toOffsetDateTime());
    }
}
