package dev.marquee.platform.application.viewing;

import dev.marquee.platform.domain.model.viewing.ViewingRecord;
import dev.marquee.platform.domain.model.viewing.ViewingUpdate;
import dev.marquee.platform.spi.audience.Viewing;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * A viewing open on this instance: what the ledger knows of it, its byte count (an adder: a packet
 * costs no lock) and whether its row is stored yet. {@link #close} hands it back to the ledger once.
 */
final class LocalViewing implements Viewing {

    private final ViewingRecord row;
    private final Person person;
    private final Runnable endRequested;
    private final Consumer<LocalViewing> onClose;
    private final LongAdder bytes = new LongAdder();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Instant endedAt;
    private volatile boolean stored;
    private volatile Listing listing = Listing.LISTED;
    private long storedBytes;

    LocalViewing(ViewingRecord row, Person person, Runnable endRequested, Consumer<LocalViewing> onClose) {
        this.row = row;
        this.person = person;
        this.endRequested = endRequested;
        this.onClose = onClose;
    }

    @Override
    public String id() {
        return row.id();
    }

    @Override
    public void bytes(long count) {
        bytes.add(count);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            endedAt = Instant.now();
            onClose.accept(this);
        }
    }

    /** Asks whoever serves it to end it (the person ended it from another device). */
    void endRequested() {
        endRequested.run();
    }

    /** Where the viewing stands in its person's grid entry ({@link OpenStreamsGrid}). */
    enum Listing {
        /** In the entry: a heartbeat rewrites it there, and it is removed from there when it ends. */
        LISTED,
        /** Not in the entry yet (its event has no limit): a heartbeat lists it once it has played a while. */
        WAITING,
        /** Never in the entry (the person already has {@link OpenStreamsGrid#MAX_LISTED} listed): nothing to do there. */
        UNLISTED
    }

    void listing(Listing now) {
        listing = now;
    }

    Listing listing() {
        return listing;
    }

    /** The person, or null for a guest. */
    Person person() {
        return person;
    }

    ViewingRecord row() {
        return row;
    }

    boolean closed() {
        return closed.get();
    }

    Instant endedAt() {
        return endedAt;
    }

    long bytesSent() {
        return bytes.sum();
    }

    /** The row to insert, brought up to date; marks it stored. Called by the journal's one writer thread. */
    ViewingRecord insertRow(Instant now) {
        long total = bytes.sum();
        Instant end = endedAt;
        row.update(total, end != null ? end : now, end);
        stored = true;
        storedBytes = total;
        return row;
    }

    /** The update of the stored row. Called by the journal's one writer thread. */
    ViewingUpdate update(Instant now) {
        long total = bytes.sum();
        Instant end = endedAt;
        storedBytes = total;
        return new ViewingUpdate(row.id(), total, end != null ? end : now, end);
    }

    boolean stored() {
        return stored;
    }

    boolean bytesChangedSinceStored() {
        return bytes.sum() != storedBytes;
    }
}
