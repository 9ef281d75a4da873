package dev.marquee.platform.application.recording;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replays as recently built, for serving: a player fetches the playlist once and then each segment, and
 * each segment request checks that the segment is part of the replay. Entries live a few seconds (a cut
 * changed on another instance shows there that late) and there are at most {@value #MAX} of them.
 */
@ApplicationScoped
public class ReplayCache {

    static final int MAX = 2_000;
    private static final long TTL_NANOS = 10_000_000_000L;

    private record Entry(Replay replay, long at) {
    }

    private final Map<ReplayId, Entry> entries = new ConcurrentHashMap<>();

    public Optional<Replay> find(ReplayId id) {
        Entry entry = entries.get(id);
        if (entry == null || System.nanoTime() - entry.at > TTL_NANOS) {
            return Optional.empty();
        }
        return Optional.of(entry.replay);
    }

    public void keep(ReplayId id, Replay replay) {
        if (entries.size() >= MAX) {
            entries.clear();
        }
        entries.put(id, new Entry(replay, System.nanoTime()));
    }

    public void forget(ReplayId id) {
        entries.remove(id);
    }
}
