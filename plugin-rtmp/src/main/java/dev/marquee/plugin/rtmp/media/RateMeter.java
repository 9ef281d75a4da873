package dev.marquee.plugin.rtmp.media;

/**
 * Counts events and bytes per second over the last few whole seconds: a stream's bitrate and frame
 * rate for the console. Written by the publisher's thread, read by anyone (reads may be a packet
 * late, which is fine for statistics).
 */
public final class RateMeter {

    private static final int SECONDS = 5;

    private final long[] counts = new long[SECONDS];
    private final long[] bytes = new long[SECONDS];
    private final long[] stamp = new long[SECONDS];

    public synchronized void record(long nowMillis, int size) {
        long second = nowMillis / 1000;
        int slot = (int) (second % SECONDS);
        if (stamp[slot] != second) {
            stamp[slot] = second;
            counts[slot] = 0;
            bytes[slot] = 0;
        }
        counts[slot]++;
        bytes[slot] += size;
    }

    /** Events per second over the completed seconds of the window. */
    public synchronized double perSecond(long nowMillis) {
        return sum(nowMillis, counts);
    }

    /** Bits per second over the completed seconds of the window. */
    public synchronized double bitsPerSecond(long nowMillis) {
        return sum(nowMillis, bytes) * 8;
    }

    private double sum(long nowMillis, long[] values) {
        long current = nowMillis / 1000;
        long total = 0;
        int seconds = 0;
        for (int i = 0; i < SECONDS; i++) {
            if (stamp[i] < current && stamp[i] >= current - (SECONDS - 1)) {
                total += values[i];
                seconds++;
            }
        }
        return seconds == 0 ? 0 : (double) total / seconds;
    }
}
