package dev.marquee.platform.application.schedule;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.event.EventService;
import dev.marquee.platform.application.stage.StageService;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import dev.marquee.platform.domain.model.schedule.StageTimeline;
import dev.marquee.platform.domain.model.schedule.TimeSlot;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The schedule of stages: sessions, their overlaps, and what is on now and next. */
@ApplicationScoped
public class ScheduleService {

    @Inject
    ScheduledSessionRepository sessions;

    @Inject
    StageRepository stages;

    @Inject
    StageService stageService;

    @Inject
    EventService eventService;

    @Inject
    AccessPolicy access;

    public List<ScheduledSession> ofStage(Caller caller, long stageId) {
        return sessions.ofStage(stageService.get(caller, stageId).id());
    }

    @Transactional
    public SessionChange create(Caller caller, long stageId, SessionDraft draft) {
        Stage stage = stages.find(stageId).orElseThrow(() -> Problem.notFound("Stage " + stageId));
        access.requireOrganizerOf(caller, stage.event().id());
        TimeSlot slot = slot(draft);
        ScheduledSession session = sessions.add(
                new ScheduledSession(stage, slot, draft.title(), draft.description(), speakers(draft)));
        return new SessionChange(session, overlaps(stage.id(), slot, session.id()));
    }

    @Transactional
    public SessionChange update(Caller caller, long sessionId, SessionDraft draft) {
        ScheduledSession session = sessions.find(sessionId).orElseThrow(() -> Problem.notFound("Session " + sessionId));
        access.requireOrganizerOf(caller, session.stage().event().id());
        TimeSlot slot = slot(draft);
        if (draft.stageId() != null && draft.stageId() != session.stage().id().longValue()) {
            session.moveTo(otherStageOfSameEvent(session, draft.stageId()));
        }
        session.change(slot, draft.title(), draft.description(), speakers(draft));
        return new SessionChange(session, overlaps(session.stage().id(), slot, session.id()));
    }

    @Transactional
    public void delete(Caller caller, long sessionId) {
        ScheduledSession session = sessions.find(sessionId).orElseThrow(() -> Problem.notFound("Session " + sessionId));
        access.requireOrganizerOf(caller, session.stage().event().id());
        sessions.remove(session);
    }

    /** The event's schedule as it stands at {@code at}. */
    public EventSchedule schedule(Caller caller, long eventId, Instant at) {
        Event event = eventService.get(caller, eventId);
        Map<Long, List<ScheduledSession>> byStage = sessions.ofEvent(eventId).stream()
                .collect(Collectors.groupingBy(s -> s.stage().id()));
        List<EventSchedule.StageSchedule> perStage = stages.ofEvent(eventId).stream().map(stage -> {
            StageTimeline timeline = new StageTimeline(byStage.getOrDefault(stage.id(), List.of()));
            return new EventSchedule.StageSchedule(stage, timeline.sessions(),
                    timeline.now(at).orElse(null), timeline.next(at).orElse(null));
        }).toList();
        return new EventSchedule(event, at, perStage);
    }

    private Stage otherStageOfSameEvent(ScheduledSession session, long stageId) {
        Stage target = stages.find(stageId)
                .orElseThrow(() -> Problem.invalid("A session can only move to an existing stage; " + stageId + " is none"));
        if (!target.event().id().equals(session.stage().event().id())) {
            throw Problem.invalid("A session can only move to another stage of the same event");
        }
        return target;
    }

    private List<ScheduledSession> overlaps(long stageId, TimeSlot slot, Long self) {
        return new StageTimeline(sessions.ofStage(stageId)).overlapping(slot, self);
    }

    private static TimeSlot slot(SessionDraft draft) {
        try {
            return new TimeSlot(draft.startsAt(), draft.endsAt());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(e.getMessage());
        }
    }

    static final int MAX_SPEAKER_NAME = 100;

    private static List<String> speakers(SessionDraft draft) {
        List<String> names = draft.speakers() == null ? List.of()
                : draft.speakers().stream().filter(java.util.Objects::nonNull).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        if (names.stream().anyMatch(n -> n.length() > MAX_SPEAKER_NAME)) {
            throw Problem.invalid("A speaker's name may have at most " + MAX_SPEAKER_NAME + " characters");
        }
        return names;
    }
}
