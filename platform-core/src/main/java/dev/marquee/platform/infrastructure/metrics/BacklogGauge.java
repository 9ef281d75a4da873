package dev.marquee.platform.infrastructure.metrics;

import java.util.function.LongSupplier;

/**
 * The value behind an outbox's backlog gauge: read from the source its dispatcher installs (a count in
 * the database), or the last value read when the database does not answer now, so that a scrape never
 * fails because the database is away. Thread-safe.
 */
final class BacklogGauge {

    private volatile LongSupplier source = () -> 0L;
    private volatile long last;

    void from(LongSupplier value) {
        this.source = value;
    }

    long read() {
        try {
            last = source.getAsLong();
        } catch (RuntimeException e) {
            // keep the last value
        }
        return last;
    }
}
