package dev.marquee.plugin.rtmp.restream;

import dev.marquee.plugin.rtmp.media.RateMeter;

import java.time.Clock;
import java.time.Instant;

/**
 * The live status of one push, written by its event loop and read by the console's requests. Thread-safe.
 */
final class PushStatus {

    private final Clock clock;
    private final RateMeter sent = new RateMeter();
    private RestreamState state = RestreamState.IDLE;
    private Instant since;
    private String lastError;
    private long bytesSent;
    private long reconnects;
    private long dropped;

    PushStatus(Clock clock) {
        this.clock = clock;
        this.since = clock.instant();
    }

    synchronized void state(RestreamState next) {
        if (next != state) {
            state = next;
            since = clock.instant();
        }
    }

    synchronized void failed(RestreamState next, String error) {
        lastError = error;
        state(next);
    }

    synchronized RestreamState state() {
        return state;
    }

    void sent(int bytes) {
        sent.record(clock.millis(), bytes);
        synchronized (this) {
            bytesSent += bytes;
        }
    }

    synchronized void reconnecting() {
        reconnects++;
    }

    synchronized void dropped(long packets) {
        dropped += packets;
    }

    synchronized RestreamStatus snapshot() {
        long bitrate = state == RestreamState.CONNECTED ? Math.round(sent.bitsPerSecond(clock.millis())) : 0;
        return new RestreamStatus(state, bitrate, lastError, since, bytesSent, reconnects, dropped);
    }
}
