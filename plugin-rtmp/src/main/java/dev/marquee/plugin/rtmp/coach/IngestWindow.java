package dev.marquee.plugin.rtmp.coach;

import java.util.function.ToLongFunction;

/**
 * The latest copies of a stream's totals, one a tick, over {@value #SPAN_MILLIS} ms: rates over the last
 * few seconds come from the newest copy and the one that many seconds older. Used by the coach's ticker
 * only (not thread-safe).
 */
final class IngestWindow {

    /** How far back the window reaches. */
    static final long SPAN_MILLIS = 10_000;

    private final IngestTotals[] ring = new IngestTotals[32];
    private int next;
    private int size;

    void add(IngestTotals totals) {
        ring[next] = totals;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
        while (size > 1 && totals.at() - oldest().at() > SPAN_MILLIS) {
            size--;
        }
    }

    IngestTotals latest() {
        return size == 0 ? null : ring[(next - 1 + ring.length) % ring.length];
    }

    /** The oldest copy at most {@code millis} older than the latest (the oldest kept when none is that recent). */
    IngestTotals back(long millis) {
        IngestTotals latest = latest();
        for (int i = size; i >= 1; i--) {
            IngestTotals t = ring[(next - i + ring.length) % ring.length];
            if (latest.at() - t.at() <= millis) {
                return t;
            }
        }
        return latest;
    }

    /** How much of a count came per second over the last {@code millis}; 0 when the window covers no time. */
    double perSecond(long millis, ToLongFunction<IngestTotals> count) {
        IngestTotals latest = latest();
        if (latest == null) {
            return 0;
        }
        IngestTotals from = back(millis);
        long span = latest.at() - from.at();
        return span <= 0 ? 0 : (count.applyAsLong(latest) - count.applyAsLong(from)) * 1000.0 / span;
    }

    /** How much of a count came over the last {@code millis}. */
    long growth(long millis, ToLongFunction<IngestTotals> count) {
        IngestTotals latest = latest();
        return latest == null ? 0 : count.applyAsLong(latest) - count.applyAsLong(back(millis));
    }

    /** How long the window covers back from {@code millis} ago at most. */
    long covered(long millis) {
        IngestTotals latest = latest();
        return latest == null ? 0 : latest.at() - back(millis).at();
    }

    private IngestTotals oldest() {
        return ring[(next - size + ring.length) % ring.length];
    }
}
