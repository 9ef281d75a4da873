package dev.marquee.platform.application.recording;

import dev.marquee.platform.application.AfterCommit;
import dev.marquee.platform.domain.model.recording.Recording;
import dev.marquee.platform.domain.model.recording.RecordingRepository;
import dev.marquee.platform.domain.model.recording.SessionReplay;
import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import dev.marquee.platform.spi.events.ReplayReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The recording sweep's steps, each in its own transaction. */
@ApplicationScoped
public class RecordingSweepSteps {

    private static final Logger LOG = Logger.getLogger(RecordingSweepSteps.class.getName());
    /** A writer stores a segment every few seconds: this long without one means it is gone. */
    static final Duration SILENT = Duration.ofSeconds(20);
    /** Replays are announced for sessions that ended this recently (a restarted cluster does not announce old ones). */
    static final Duration ANNOUNCE_WINDOW = Duration.ofHours(24);

    @Inject
    RecordingRepository recordings;

    @Inject
    ScheduledSessionRepository sessions;

    @Inject
    RecordingAdmin admin;

    @Inject
    ReplayService replays;

    @Inject
    AfterCommit afterCommit;

    @Inject
    Event<ReplayReady> ready;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public void closeSilent() {
        Instant now = clock.instant();
        for (Recording recording : recordings.silentSince(now.minus(SILENT))) {
            recording.complete(now);
            LOG.info(() -> "Recording " + recording.id() + " closed: no segment was stored for " + SILENT.toSeconds()
                    + " s (its instance stopped or lost the stream); it plays up to its last stored segment");
        }
    }

    @Transactional
    public void deleteExpired() {
        List<Recording> gone = new ArrayList<>(recordings.orphaned());
        gone.addAll(recordings.pastRetention(clock.instant()));
        for (Recording recording : gone) {
            try {
                admin.deleteNow(recording);
                LOG.info(() -> "Recording " + recording.id() + " deleted (its stage is gone or its event's retention passed)");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not delete recording " + recording.id() + "; trying again later", e);
            }
        }
    }

    @Transactional
    public void announceReplays() {
        Instant now = clock.instant();
        // A session's replay ends at most 6 h after its scheduled end (the largest offset).
        Instant since = now.minus(ANNOUNCE_WINDOW);
        Set<Long> recorded = recordings.stagesRecordedSince(since);
        if (recorded.isEmpty()) {
            return;
        }
        List<ScheduledSession> ended = sessions.endingBetween(since, now.plusSeconds(SessionReplay.MAX_OFFSET_SECONDS), 500);
        for (ScheduledSession session : ended) {
            if (!recorded.contains(session.stage().id())) {
                continue;
            }
            SessionReplay cut = recordings.cut(session.id()).orElse(null);
            if (cut != null && (cut.readyAt() != null || !cut.published())) {
                continue;
            }
            replays.build(session).ifPresent(replay -> {
                SessionReplay row = cut != null ? cut : recordings.addCut(new SessionReplay(session.id()));
                row.ready(now);
                ReplayReady event = new ReplayReady(session.id(), replay.stageId(), session.stage().event().id(),
                        replay.durationSeconds(), now);
                afterCommit.run(() -> ready.fireAsync(event));
                LOG.info(() -> "Replay of session " + session.id() + " is ready (" + replay.durationSeconds() + " s)");
            });
        }
    }
}
