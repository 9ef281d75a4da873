package dev.marquee.platform.application.viewing;

import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.domain.model.viewing.ViewingRecord;
import dev.marquee.platform.domain.model.viewing.ViewingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * What an attendance report is computed from, read in one transaction of its own (the plugins' activity
 * counts run after it, in theirs): the event's stages, scheduled sessions and viewings.
 */
@ApplicationScoped
public class AttendanceData {

    @Inject
    StageRepository stages;

    @Inject
    ScheduledSessionRepository schedule;

    @Inject
    ViewingRepository viewings;

    /** A stage by id and name. */
    record StageName(long id, String name) {
    }

    /** A scheduled session's slot. */
    record Slot(long id, String title, long stageId, Instant startsAt, Instant endsAt) {
    }

    /** The event's stages, sessions and viewings. */
    record Snapshot(List<StageName> stages, List<Slot> sessions, List<ViewingRecord> viewings) {
    }

    @Transactional
    public Snapshot of(long eventId) {
        return new Snapshot(
                stages.ofEvent(eventId).stream().map(s -> new StageName(s.id(), s.name())).toList(),
                schedule.ofEvent(eventId).stream().map(s -> new Slot(s.id(), s.title(), s.stage().id(),
                        s.slot().startsAt(), s.slot().endsAt())).toList(),
                viewings.ofEvent(eventId));
    }

    @Transactional
    public List<StageName> stages(long eventId) {
        return stages.ofEvent(eventId).stream().map(s -> new StageName(s.id(), s.name())).toList();
    }

    @Transactional
    public List<ViewingRecord> ofPerson(long eventId, String subject) {
        return viewings.ofPerson(eventId, subject);
    }
}
