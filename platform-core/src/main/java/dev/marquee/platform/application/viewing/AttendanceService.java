package dev.marquee.platform.application.viewing;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.application.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.domain.model.viewing.ViewingRecord;
import dev.marquee.platform.domain.model.viewing.ViewingRepository;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.spi.audience.AudienceActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Attendance for organizers, computed from the stored viewings ({@link AttendanceMath}) and the
 * activity plugins count ({@link AudienceActivity}). A viewing still open ends "now", or where it
 * was last seen when its instance stopped reporting it ({@value #STALE_MINUTES} minutes).
 */
@ApplicationScoped
public class AttendanceService {

    static final long STALE_MINUTES = 3;
    static final int MAX_POINTS = 720;
    private static final long MINUTE = 60_000;
    private static final Logger LOG = Logger.getLogger(AttendanceService.class.getName());

    @Inject
    AccessPolicy access;

    @Inject
    EventRepository events;

    @Inject
    StageRepository stages;

    @Inject
    ScheduledSessionRepository schedule;

    @Inject
    ViewingRepository viewings;

    @Inject
    PluginRegistry plugins;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public AttendanceReport report(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        Instant now = clock.instant();
        List<Watched> watched = viewings.ofEvent(eventId).stream().map(v -> watched(v, now)).toList();
        TreeSet<String> kinds = new TreeSet<>();
        List<AttendanceReport.StageScope> stageScopes = new ArrayList<>();
        Map<String, Long> eventActivity = new TreeMap<>();
        long first = watched.stream().mapToLong(Watched::from).min().orElse(now.toEpochMilli());
        long seriesStart = first / MINUTE * MINUTE;
        for (Stage stage : stages.ofEvent(eventId)) {
            List<Watched> ofStage = watched.stream().filter(w -> w.stageId() == stage.id()).toList();
            long last = ofStage.stream().mapToLong(Watched::to).max().orElse(seriesStart);
            Map<String, Long> activity = activity(stage.id(), Instant.EPOCH, now);
            activity.forEach((k, n) -> eventActivity.merge(k, n, Long::sum));
            kinds.addAll(activity.keySet());
            List<long[]> series = AttendanceMath.series(ofStage, seriesStart, last, MINUTE, MAX_POINTS);
            long step = series.size() > 1 ? series.get(1)[0] - series.get(0)[0] : MINUTE;
            stageScopes.add(new AttendanceReport.StageScope(stage.id(), stage.name(), new AttendanceReport.Scope(
                    AttendanceMath.figures(ofStage, Long.MIN_VALUE, Long.MAX_VALUE), activity), step, series));
        }
        List<AttendanceReport.SessionScope> sessionScopes = new ArrayList<>();
        for (ScheduledSession session : schedule.ofEvent(eventId)) {
            long stageId = session.stage().id();
            Instant from = session.slot().startsAt();
            Instant to = session.slot().endsAt();
            List<Watched> ofStage = watched.stream().filter(w -> w.stageId() == stageId).toList();
            Map<String, Long> activity = activity(stageId, from, to);
            kinds.addAll(activity.keySet());
            sessionScopes.add(new AttendanceReport.SessionScope(session.id(), session.title(), stageId, from, to,
                    new AttendanceReport.Scope(AttendanceMath.figures(ofStage, from.toEpochMilli(), to.toEpochMilli()),
                            activity)));
        }
        AttendanceReport.Scope whole = new AttendanceReport.Scope(
                AttendanceMath.figures(watched, Long.MIN_VALUE, Long.MAX_VALUE), eventActivity);
        return new AttendanceReport(eventId, now, whole, stageScopes, sessionScopes, List.copyOf(kinds));
    }

    /** What one person watched in the event. */
    @Transactional
    public PersonHistory history(Caller caller, long eventId, String subject) {
        access.requireOrganizerOf(caller, eventId);
        Map<Long, String> names = new TreeMap<>();
        stages.ofEvent(eventId).forEach(s -> names.put(s.id(), s.name()));
        List<ViewingRecord> rows = viewings.ofPerson(eventId, subject);
        if (rows.isEmpty()) {
            throw Problem.notFound("Viewings of " + subject + " in event " + eventId);
        }
        List<PersonHistory.Entry> entries = rows.stream().map(v -> new PersonHistory.Entry(v.id(), v.stageId(),
                names.getOrDefault(v.stageId(), "Stage " + v.stageId()), v.scheduledSessionId(), v.protocol(),
                v.device(), v.startedAt(), v.endedAt(), v.bytes())).toList();
        return new PersonHistory(subject, rows.get(rows.size() - 1).displayName(), entries);
    }

    /** The people who watched the event, by minutes watched (most first). */
    @Transactional
    public List<Attendee> people(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        Instant now = clock.instant();
        Map<String, List<ViewingRecord>> bySubject = new TreeMap<>();
        viewings.ofEvent(eventId).stream().filter(v -> v.subject() != null)
                .forEach(v -> bySubject.computeIfAbsent(v.subject(), k -> new ArrayList<>()).add(v));
        List<Attendee> people = new ArrayList<>();
        bySubject.forEach((subject, rows) -> people.add(new Attendee(subject, rows.get(rows.size() - 1).displayName(),
                rows.size(), AttendanceFigures.minutes(AttendanceMath.unionMillis(
                        rows.stream().map(v -> watched(v, now)).toList()), 1))));
        people.sort(java.util.Comparator.comparing(Attendee::minutes).reversed().thenComparing(Attendee::subject));
        return people;
    }

    /** A person who watched: how many streams they opened and the minutes they watched. */
    public record Attendee(String subject, String displayName, int streams, java.math.BigDecimal minutes) {
    }

    private Map<String, Long> activity(long stageId, Instant from, Instant to) {
        Map<String, Long> counts = new TreeMap<>();
        for (AudienceActivity plugin : plugins.ofType(AudienceActivity.class)) {
            try {
                plugin.activity(stageId, from, to).forEach((k, n) -> counts.merge(k, n, Long::sum));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Plugin " + plugin.id() + " could not count its activity", e);
            }
        }
        return counts;
    }

    private static Watched watched(ViewingRecord v, Instant now) {
        Instant end = v.endedAt();
        if (end == null) {
            boolean stale = Duration.between(v.lastSeenAt(), now).toMinutes() >= STALE_MINUTES;
            end = stale ? v.lastSeenAt() : now;
        }
        return new Watched(v.subject(), v.stageId(), v.startedAt().toEpochMilli(),
                Math.max(v.startedAt().toEpochMilli(), end.toEpochMilli()));
    }
}
