package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.application.schedule.EventSchedule;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An event's schedule at {@code at} (in the event's timezone): per stage, every session, the one on
 * {@code now} and the {@code next} one (null when there is none).
 */
public record ScheduleView(long eventId, String timezone, OffsetDateTime at, List<StageScheduleView> stages) {

    /** One stage's part. */
    public record StageScheduleView(long stageId, String slug, String name, SessionView now, SessionView next,
                                    List<SessionView> sessions) {
    }

    static ScheduleView of(EventSchedule schedule) {
        ZoneId zone = schedule.event().zone();
        return new ScheduleView(schedule.event().id(), zone.getId(), schedule.at().atZone(zone).toOffsetDateTime(),
                schedule.stages().stream().map(s -> new StageScheduleView(s.stage().id(), s.stage().slug(),
                        s.stage().name(),
                        s.now() == null ? null : SessionView.of(s.now(), zone),
                        s.next() == null ? null : SessionView.of(s.next(), zone),
                        s.sessions().stream().map(x -> SessionView.of(x, zone)).toList())).toList());
    }
}
