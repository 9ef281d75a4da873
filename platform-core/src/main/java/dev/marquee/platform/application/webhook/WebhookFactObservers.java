package dev.marquee.platform.application.webhook;

import dev.marquee.platform.application.access.PersonIds;
import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.spi.events.EncoderWarningsChanged;
import dev.marquee.platform.spi.events.ReplayReady;
import dev.marquee.platform.spi.events.StageLiveChanged;
import dev.marquee.platform.spi.events.ViewerLimitReached;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the facts other modules announce asynchronously (a stage went on or off air, a replay is
 * ready, a viewer hit the stream limit, a stream's encoder warnings changed) into outbox messages, on the CDI async thread, never on the
 * stream's. Announced after their own commit, they are enqueued right after it (at least once as long
 * as the instance lives; a fact announced in the instant before a crash can be missed, unlike those
 * enqueued in their own transaction).
 */
@ApplicationScoped
public class WebhookFactObservers {

    private static final Logger LOG = Logger.getLogger(WebhookFactObservers.class.getName());
    private static final String ATTENDEE = "attendee:";

    @Inject
    Recorder recorder;

    void liveChanged(@ObservesAsync StageLiveChanged change) {
        guarded("stream", () -> recorder.stream(change));
    }

    void replayReady(@ObservesAsync ReplayReady ready) {
        guarded("replay.ready", () -> recorder.replay(ready));
    }

    void warningsChanged(@ObservesAsync EncoderWarningsChanged changed) {
        guarded("stream.warnings", () -> recorder.warnings(changed));
    }

    void limitReached(@ObservesAsync ViewerLimitReached reached) {
        guarded("viewer.limit_reached", () -> recorder.limit(reached));
    }

    private static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not enqueue the " + what + " webhook message", e);
        }
    }

    /** Each fact in its own transaction. */
    @ApplicationScoped
    public static class Recorder {

        @Inject
        WebhookOutbox outbox;

        @Inject
        StageRepository stages;

        @Inject
        ScheduledSessionRepository sessions;

        @Inject
        PersonIds personIds;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void stream(StageLiveChanged change) {
            stages.find(change.stageId()).ifPresent(stage ->
                    outbox.enqueue(WebhookFacts.stream(stage, change.live(), change.at())));
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void replay(ReplayReady ready) {
            sessions.find(ready.sessionId()).ifPresent(session ->
                    outbox.enqueue(WebhookFacts.replayReady(session, ready.durationSeconds(), ready.at())));
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void warnings(EncoderWarningsChanged changed) {
            stages.find(changed.stageId()).ifPresent(stage ->
                    outbox.enqueue(WebhookFacts.streamWarnings(stage, changed.codes(), changed.at())));
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void limit(ViewerLimitReached reached) {
            Long attendeeId = reached.subject().startsWith(ATTENDEE)
                    ? parseOrNull(reached.subject().substring(ATTENDEE.length())) : null;
            stages.find(reached.stageId()).ifPresent(stage -> outbox.enqueue(WebhookFacts.viewerLimitReached(stage,
                    personIds.of(reached.subject()), attendeeId, reached.limit(), reached.open(), reached.at())));
        }

        private static Long parseOrNull(String digits) {
            try {
                return Long.valueOf(digits);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
