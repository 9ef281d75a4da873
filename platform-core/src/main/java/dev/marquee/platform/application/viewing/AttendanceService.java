package dev.marquee.platform.application.viewing;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.viewing.ViewingRecord;
import dev.marquee.platform.spi.audience.AudienceActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

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
    AttendanceData data;

    @Inject
    @Any
    Instance<AudienceActivity> activities;

    private final Clock clock = Clock.systemUTC();

    public AttendanceReport report(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        AttendanceData.Snapshot snapshot = data.of(eventId);
        Instant now = clock.instant();
        List<Watched> watched = snapshot.viewings().stream().map(v -> watched(v, now)).toList();
        TreeSet<String> kinds = new TreeSet<>();
        List<AttendanceReport.StageScope> stageScopes = new ArrayList<>();
        Map<String, Long> eventActivity = new TreeMap<>();
        long first = watched.stream().mapToLong(Watched::from).min().orElse(now.toEpochMilli());
        long seriesStart = first / MINUTE * MINUTE;
        for (AttendanceData.StageName stage : snapshot.stages()) {
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
        for (AttendanceData.Slot session : snapshot.sessions()) {
            List<Watched> ofStage = watched.stream().filter(w -> w.stageId() == session.stageId()).toList();
            Map<String, Long> activity = activity(session.stageId(), session.startsAt(), session.endsAt());
            kinds.addAll(activity.keySet());
            sessionScopes.add(new AttendanceReport.SessionScope(session.id(), session.title(), session.stageId(),
                    session.startsAt(), session.endsAt(), new AttendanceReport.Scope(AttendanceMath.figures(ofStage,
                    session.startsAt().toEpochMilli(), session.endsAt().toEpochMilli()), activity)));
        }
        AttendanceReport.Scope whole = new AttendanceReport.Scope(
                AttendanceMath.figures(watched, Long.MIN_VALUE, Long.MAX_VALUE), eventActivity);
        return new AttendanceReport(eventId, now, whole, stageScopes, sessionScopes, List.copyOf(kinds));
    }

    /** What one person watched in the event. */
    public PersonHistory history(Caller caller, long eventId, String subject) {
        access.requireOrganizerOf(caller, eventId);
        Map<Long, String> names = new TreeMap<>();
        data.stages(eventId).forEach(s -> names.put(s.id(), s.name()));
        List<ViewingRecord> rows = data.ofPerson(eventId, subject);
        if (rows.isEmpty()) {
            throw Problem.notFound("Viewings of " + subject + " in event " + eventId);
        }
        List<PersonHistory.Entry> entries = rows.stream().map(v -> new PersonHistory.Entry(v.id(), v.stageId(),
                names.getOrDefault(v.stageId(), "Stage " + v.stageId()), v.scheduledSessionId(), v.protocol(),
                v.device(), v.startedAt(), v.endedAt(), v.bytes())).toList();
        return new PersonHistory(subject, rows.get(rows.size() - 1).displayName(), entries);
    }

    /** The people who watched the event, by minutes watched (most first). */
    public List<Attendee> people(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        Instant now = clock.instant();
        Map<String, List<ViewingRecord>> bySubject = new TreeMap<>();
        data.of(eventId).viewings().stream().filter(v -> v.subject() != null)
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
        for (AudienceActivity plugin : activities) {
            try {
                plugin.activity(stageId, from, to).forEach((k, n) -> counts.merge(k, n, Long::sum));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, plugin.getClass().getName() + " could not count its activity", e);
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
