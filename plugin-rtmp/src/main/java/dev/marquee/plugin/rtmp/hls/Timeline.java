package dev.marquee.plugin.rtmp.hls;

/**
 * Maps RTMP's 32-bit millisecond timestamps onto one 64-bit timeline that starts at zero,
 * whatever the publisher's first timestamp was. The 32-bit wrap (after about 49.7 days) is
 * absorbed by working with differences modulo 2^32.
 * Audio and video may interleave slightly out of order; a step backwards larger than
 * {@link #MAX_BACKWARD_MS}, or forwards larger than {@link #MAX_FORWARD_MS}, is a discontinuity
 * (typically another publisher taking over): the timeline then continues a little after its last
 * value and {@link #jumped()} reports it. Not thread safe.
 */
public final class Timeline {

    static final int MAX_BACKWARD_MS = 1_000;
    static final int MAX_FORWARD_MS = 10_000;
    /** Where a new run of timestamps resumes after a jump, past the last value. */
    static final int RESUME_GAP_MS = 100;

    private boolean started;
    private boolean restartPending;
    private boolean jumped;
    private int lastRaw;
    private long lastMillis;

    /** Returns the timeline position of {@code rawTimestamp} and updates {@link #jumped()}. */
    public long toMillis(int rawTimestamp) {
        jumped = false;
        if (!started) {
            started = true;
            lastRaw = rawTimestamp;
            lastMillis = 0;
            return 0;
        }
        int delta = rawTimestamp - lastRaw; // int arithmetic: a 32-bit wrap gives the true step
        lastRaw = rawTimestamp;
        if (restartPending || delta < -MAX_BACKWARD_MS || delta > MAX_FORWARD_MS) {
            restartPending = false;
            jumped = true;
            lastMillis += RESUME_GAP_MS;
        } else {
            lastMillis += delta;
        }
        return lastMillis;
    }

    /** Whether the last {@link #toMillis} call started a new run of timestamps. */
    public boolean jumped() {
        return jumped;
    }

    /** Treats the next timestamp as the first of a new run (a new publisher), whatever its value. */
    public void restart() {
        if (started) {
            restartPending = true;
        }
    }
}
