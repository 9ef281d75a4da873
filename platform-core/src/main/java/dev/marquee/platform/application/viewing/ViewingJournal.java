package dev.marquee.platform.application.viewing;

import dev.marquee.platform.domain.model.viewing.ViewingRecord;
import dev.marquee.platform.domain.model.viewing.ViewingUpdate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The viewings of this instance on their way to the database, written in batches: each
 * {@link #flush} inserts the viewings opened since the last one (already with their end if they
 * ended meanwhile), updates those that ended, and brings open ones' bytes and "last seen" up to date
 * every {@code touchEvery}, so an instance that dies leaves rows that end about where it stopped.
 * Nothing is written per packet. {@link #flush} runs on one thread at a time.
 */
final class ViewingJournal {

    /** What a batch writes; the ledger hands it to {@link ViewingWriter}. */
    interface Sink {
        void write(Collection<ViewingRecord> added, Collection<ViewingUpdate> changed);
    }

    private final Map<String, LocalViewing> open = new ConcurrentHashMap<>();
    private final Queue<LocalViewing> fresh = new ConcurrentLinkedQueue<>();
    private final Queue<LocalViewing> ended = new ConcurrentLinkedQueue<>();
    private final long touchMillis;
    private Instant lastTouch = Instant.EPOCH;

    ViewingJournal(Duration touchEvery) {
        this.touchMillis = touchEvery.toMillis();
    }

    void opened(LocalViewing viewing) {
        open.put(viewing.id(), viewing);
        fresh.add(viewing);
    }

    void closed(LocalViewing viewing) {
        open.remove(viewing.id());
        ended.add(viewing);
    }

    /** The viewings open on this instance now. */
    Collection<LocalViewing> open() {
        return open.values();
    }

    LocalViewing find(String id) {
        return open.get(id);
    }

    /** Writes one batch; what fails to be written is kept for the next one. Answers how many rows it wrote. */
    synchronized int flush(Instant now, Sink sink) {
        Set<LocalViewing> inserting = Collections.newSetFromMap(new IdentityHashMap<>());
        inserting.addAll(drain(fresh));
        List<LocalViewing> ending = drain(ended);
        List<ViewingRecord> added = new ArrayList<>();
        List<ViewingUpdate> changed = new ArrayList<>();
        for (LocalViewing v : inserting) {
            added.add(v.insertRow(now));
        }
        for (LocalViewing v : ending) {
            if (!inserting.contains(v)) {
                changed.add(v.update(now));
            }
        }
        boolean touch = now.toEpochMilli() - lastTouch.toEpochMilli() >= touchMillis;
        if (touch) {
            for (LocalViewing v : open.values()) {
                if (v.stored() && !inserting.contains(v)) {
                    changed.add(v.update(now));
                }
            }
        }
        if (added.isEmpty() && changed.isEmpty()) {
            return 0;
        }
        try {
            sink.write(added, changed);
        } catch (RuntimeException e) {
            fresh.addAll(inserting);
            ended.addAll(ending);
            throw e;
        }
        if (touch) {
            lastTouch = now;
        }
        return added.size() + changed.size();
    }

    private static List<LocalViewing> drain(Queue<LocalViewing> queue) {
        List<LocalViewing> out = new ArrayList<>();
        for (LocalViewing v = queue.poll(); v != null; v = queue.poll()) {
            out.add(v);
        }
        return out;
    }
}
