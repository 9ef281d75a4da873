package dev.marquee.plugin.twilio.stage;

import dev.marquee.platform.spi.stage.StageChannel;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every live stage works with: the socket channel, Twilio's rooms and tokens, a clock, the
 * scheduler and interval that pace {@code *.state} pushes, and who to tell when a stage goes on or
 * off air.
 */
public record StageTools(StageChannel channel, VideoRooms rooms, AccessTokens tokens, Clock clock,
                         ScheduledExecutorService scheduler, Duration stateInterval, LiveListener live) {

    /** Told when a stage goes on or off air (Marquee announces {@code StageLiveChanged}). */
    @FunctionalInterface
    public interface LiveListener {
        void liveChanged(long stageId, boolean live);
    }

    Coalescer coalescer(Runnable publish) {
        return new Coalescer(scheduler, stateInterval, publish);
    }
}
