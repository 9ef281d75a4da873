package dev.marquee.platform.application.recording;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.stage.StageRefs;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.recording.Recording;
import dev.marquee.platform.domain.model.recording.RecordingRepository;
import dev.marquee.platform.domain.model.recording.SegmentEntry;
import dev.marquee.platform.domain.model.recording.SessionReplay;
import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Replays: a scheduled session's is cut from its stage's recordings by the session's slot moved by the
 * organizer's offsets, whole segments only (a replay starts at most one segment early and ends at
 * most one late), without re-encoding; a whole recording plays as one too. Attendees see a replay
 * once its end has passed, when it is published and they may watch the event; organizers see every
 * one. Who may not see a replay gets 404, as for a stage they may not see.
 */
@ApplicationScoped
public class ReplayService {

    @Inject
    RecordingRepository recordings;

    @Inject
    ScheduledSessionRepository sessions;

    @Inject
    StageRepository stages;

    @Inject
    EventRepository events;

    @Inject
    AccessPolicy access;

    @Inject
    ReplayCache cache;

    @Inject
    ReplaySigner signer;

    @Inject
    RecordingConfig config;

    @Inject
    PluginRegistry plugins;

    /** Where the caller plays a replay they were given, and reads its chat. */
    public record Links(String hls, String chat) {
    }

    /** The replay's signed playlist address for the caller and its chat log's address (null without one). */
    @Transactional
    public Links links(Caller caller, Replay replay) {
        String token = signer.token(replay.id(), caller.sessionId(), clock.instant().plus(config.playbackTtl()));
        String hls = PATH + "/" + replay.id() + "/" + token + "/" + PLAYLIST;
        String chat = stages.find(replay.stageId()).flatMap(stage -> plugins.chat()
                .flatMap(c -> c.replayLog(StageRefs.of(stage), replay.from(), replay.to()))).orElse(null);
        return new Links(hls, chat);
    }

    /** Where replays are served: {@code /media/replay/{replay}/{token}/index.m3u8} and its segments. */
    public static final String PATH = "/media/replay";
    public static final String PLAYLIST = "index.m3u8";

    private final Clock clock = Clock.systemUTC();

    /** A session's replay for the caller. */
    @Transactional
    public Replay ofSession(Caller caller, long sessionId) {
        ScheduledSession session = sessions.find(sessionId).orElseThrow(() -> Problem.notFound("Session " + sessionId));
        boolean organizer = requireViewer(caller, session.stage().event(), "Session " + sessionId);
        Replay replay = build(session).orElseThrow(() -> Problem.notFound("A replay of session " + sessionId));
        if (!replay.published() && !organizer) {
            throw Problem.notFound("A replay of session " + sessionId);
        }
        return replay;
    }

    /** A whole recording as a replay for the caller. */
    @Transactional
    public Replay ofRecording(Caller caller, long recordingId) {
        Recording recording = recordings.find(recordingId).filter(r -> r.stageId() != null && r.segments() > 0)
                .orElseThrow(() -> Problem.notFound("Recording " + recordingId));
        Stage stage = stages.find(recording.stageId()).orElseThrow(() -> Problem.notFound("Recording " + recordingId));
        boolean organizer = requireViewer(caller, stage.event(), "Recording " + recordingId);
        if (!recording.published() && !organizer) {
            throw Problem.notFound("Recording " + recordingId);
        }
        return build(recording, stage);
    }

    /** A past session and its replay. */
    public record PastSession(ScheduledSession session, Replay replay) {
    }

    /** The event's past sessions that have a replay the caller may watch, in schedule order. */
    @Transactional
    public List<PastSession> ofEvent(Caller caller, long eventId) {
        Event event = events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        boolean organizer = requireViewer(caller, event, "Event " + eventId);
        if (!organizer) {
            Optional<List<PastSession>> cached = cache.pastSessions(eventId);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        Set<Long> recorded = recordings.recordedStagesOf(eventId);
        Instant now = clock.instant();
        List<PastSession> past = new ArrayList<>();
        for (ScheduledSession session : sessions.ofEvent(eventId)) {
            if (recorded.contains(session.stage().id()) && session.slot().startsAt().isBefore(now)) {
                build(session).filter(r -> organizer || r.published()).ifPresent(r -> past.add(new PastSession(session, r)));
            }
        }
        if (!organizer) {
            cache.keepPastSessions(eventId, past);
        }
        return past;
    }

    /** Changes how a session's replay is cut and whether attendees see it (organizers of its event). */
    @Transactional
    public Replay cut(Caller caller, long sessionId, ReplayCut cut) {
        ScheduledSession session = sessions.find(sessionId).orElseThrow(() -> Problem.notFound("Session " + sessionId));
        access.requireOrganizerOf(caller, session.stage().event().id());
        if (Math.abs(cut.startOffsetSeconds()) > SessionReplay.MAX_OFFSET_SECONDS
                || Math.abs(cut.endOffsetSeconds()) > SessionReplay.MAX_OFFSET_SECONDS) {
            throw Problem.invalid("Offsets move a replay's start or end by at most "
                    + SessionReplay.MAX_OFFSET_SECONDS / 3600 + " hours");
        }
        Instant from = session.slot().startsAt().plusSeconds(cut.startOffsetSeconds());
        Instant to = session.slot().endsAt().plusSeconds(cut.endOffsetSeconds());
        if (!from.isBefore(to)) {
            throw Problem.invalid("The replay would end before it starts: move its start earlier or its end later");
        }
        SessionReplay row = recordings.cut(sessionId).orElseGet(() -> recordings.addCut(new SessionReplay(sessionId)));
        row.cut(cut.startOffsetSeconds(), cut.endOffsetSeconds(), cut.published());
        cache.forget(ReplayId.ofSession(sessionId));
        return build(session).orElseThrow(() -> Problem.notFound("A replay of session " + sessionId
                + " (nothing was recorded on its stage between " + from + " and " + to + ")"));
    }

    /**
     * What the replay plays, for serving its playlist and segments (access is checked by its token); look in
     * {@link ReplayCache} first, as {@code ReplayServlet} does, to spare the transaction.
     */
    @Transactional
    public Optional<Replay> forServing(ReplayId id) {
        Optional<Replay> built;
        if (id.session()) {
            built = sessions.find(id.id()).flatMap(this::build);
        } else {
            built = recordings.find(id.id()).filter(r -> r.stageId() != null && r.segments() > 0)
                    .flatMap(r -> stages.find(r.stageId()).map(s -> build(r, s)));
        }
        built.ifPresent(replay -> cache.keep(id, replay));
        return built;
    }

    /** The session's replay as it is cut, if its end has passed and its stage recorded anything of it. */
    public Optional<Replay> build(ScheduledSession session) {
        Optional<SessionReplay> row = recordings.cut(session.id());
        int startOffset = row.map(SessionReplay::startOffsetSeconds).orElse(0);
        int endOffset = row.map(SessionReplay::endOffsetSeconds).orElse(0);
        boolean published = row.map(SessionReplay::published).orElse(true);
        Instant from = session.slot().startsAt().plusSeconds(startOffset);
        Instant to = session.slot().endsAt().plusSeconds(endOffset);
        if (!from.isBefore(to) || to.isAfter(clock.instant())) {
            return Optional.empty();
        }
        long stageId = session.stage().id();
        List<ReplayPiece> pieces = new ArrayList<>();
        for (Recording recording : recordings.overlapping(stageId, from, to)) {
            List<SegmentEntry> segments = recordings.segments(recording.id(), from.toEpochMilli(), to.toEpochMilli());
            if (!segments.isEmpty()) {
                pieces.add(new ReplayPiece(recording.id(), recording.store(), segments));
            }
        }
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(replay(ReplayId.ofSession(session.id()), stageId, session.id(), session.title(), published,
                startOffset, endOffset, pieces));
    }

    private Replay build(Recording recording, Stage stage) {
        List<SegmentEntry> segments = recordings.segments(recording.id(), Long.MIN_VALUE / 2, Long.MAX_VALUE);
        String title = stage.name() + ", " + recording.startedAt();
        List<ReplayPiece> pieces = segments.isEmpty() ? List.of() : List.of(new ReplayPiece(recording.id(), recording.store(), segments));
        return replay(ReplayId.ofRecording(recording.id()), stage.id(), null, title, recording.published(), 0, 0, pieces);
    }

    private static Replay replay(ReplayId id, long stageId, Long sessionId, String title, boolean published,
            int startOffset, int endOffset, List<ReplayPiece> pieces) {
        long micros = 0;
        for (ReplayPiece piece : pieces) {
            for (SegmentEntry segment : piece.segments()) {
                micros += segment.durationMicros();
            }
        }
        Instant from = pieces.isEmpty() ? Instant.EPOCH : Instant.ofEpochMilli(pieces.get(0).segments().get(0).wallClockMillis());
        ReplayPiece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
        Instant to = last == null ? from : Instant.ofEpochMilli(last.segments().get(last.segments().size() - 1).endMillis());
        return new Replay(id, stageId, sessionId, title, from, to, Math.round(micros / 1e6), published, startOffset,
                endOffset, pieces);
    }

    /** Checks the caller may watch the event (404 otherwise); returns whether they organize it. */
    private boolean requireViewer(Caller caller, Event event, String what) {
        if (access.mayOrganize(caller, event.id())) {
            return true;
        }
        if (!access.maySee(caller, event)) {
            throw Problem.notFound(what);
        }
        access.requireWatch(caller, event);
        return false;
    }
}
