package dev.marquee.plugin.interaction.live;

import dev.marquee.platform.spi.events.PlatformStarted;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The interaction clock: every {@code push-interval} (250 ms), measured from the end of the previous beat so
 * two beats are never closer, it relays this instance's reaction sums to each stage's owner, sends each
 * owned stage's reaction burst, and the live results of polls voted on. So a client gets at most four
 * burst frames a second however many people click, on however many instances (a click on an instance
 * that does not own the stage reaches the burst one beat later). A client still reading an earlier burst
 * gets the next one added into it ({@code StageChannel.toStageSummed}), not a second frame. One beat at a time, on the
 * managed scheduled executor, from the platform's start to the application's end.
 */
@ApplicationScoped
public class Pulse {

    private static final Logger LOG = Logger.getLogger(Pulse.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Reactions reactions;

    @Inject
    ResultsPush results;

    @Inject
    Audience audience;

    @Inject
    @ConfigProperty(name = "marquee.interaction.push-interval", defaultValue = "PT0.25S")
    Duration interval;

    private ScheduledFuture<?> beat;

    void start(@Observes PlatformStarted started) {
        long millis = Math.max(50, interval.toMillis());
        beat = scheduler.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (beat != null) {
            beat.cancel(false);
        }
    }

    void beat() {
        try {
            reactions.drainHere((stageId, counts) -> audience.toOwner(stageId, Frames.RELAYED_REACTIONS,
                    Frames.relayedReactions(counts)));
            reactions.drainOwned((stageId, counts) -> audience.everyoneSummed(stageId, Frames.burst(counts)));
            results.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An interaction beat failed; the next one runs as usual", e);
        }
    }
}
