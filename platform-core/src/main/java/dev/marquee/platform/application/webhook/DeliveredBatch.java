package dev.marquee.platform.application.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Delivered messages waiting to be recorded, written together (one transaction for many instead of one
 * each): once {@code size} have gathered, when the oldest has waited {@code maxWait}, or when flushed (a
 * sending lane ran out of messages, the periodic flush, shutting down). Until written, a message stays
 * claimed, so no dispatcher sends it again unless this instance dies first and its lease lapses: at
 * least once, as before. Thread-safe; the write runs on the thread that triggers it, outside the lock.
 */
final class DeliveredBatch {

    private final int size;
    private final Duration maxWait;
    private final Clock clock;
    private final ToIntFunction<List<DeliveredMessage>> write;
    private List<DeliveredMessage> pending = new ArrayList<>();
    private Instant oldest;

    /** @param write records a batch and answers how many were recorded; may throw (the batch is dropped) */
    DeliveredBatch(int size, Duration maxWait, Clock clock, ToIntFunction<List<DeliveredMessage>> write) {
        this.size = size;
        this.maxWait = maxWait;
        this.clock = clock;
        this.write = write;
    }

    /** Adds one; writes the batch if it is full or its oldest has waited long enough. Answers how many were recorded. */
    int add(DeliveredMessage delivered) {
        List<DeliveredMessage> full;
        synchronized (this) {
            if (pending.isEmpty()) {
                oldest = clock.instant();
            }
            pending.add(delivered);
            full = pending.size() >= size || !clock.instant().isBefore(oldest.plus(maxWait)) ? take() : null;
        }
        return full == null ? 0 : write.applyAsInt(full);
    }

    /** Writes whatever is waiting; answers how many were recorded. */
    int flush() {
        List<DeliveredMessage> all;
        synchronized (this) {
            all = take();
        }
        return all.isEmpty() ? 0 : write.applyAsInt(all);
    }

    synchronized int waiting() {
        return pending.size();
    }

    private List<DeliveredMessage> take() {
        List<DeliveredMessage> out = pending;
        pending = new ArrayList<>();
        return out;
    }
}
