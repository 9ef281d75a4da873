package dev.marquee.platform.application.recording;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replays as recently built, for serving: a player fetches the playlist once and then each segment, and
 * each segment request checks that the segment is part of the replay; and each event's list of published
 * replays, which every visit of its page asks for. Entries live a few seconds (a cut changed on another
 * instance shows there that late) and there are at most {@value #MAX} of each.
 */
@ApplicationScoped
public class ReplayCache {

    static final int MAX = 2_000;
    private static final long TTL_NANOS = 10_000_000_000L;

    private record Entry(Replay replay, long at) {
    }

    private final Map<ReplayId, Entry> entries = new ConcurrentHashMap<>();

    private record Listing(List<ReplayService.PastSession> sessions, long at) {
    }

    /** Each event's published replays as attendees see them (the event page asks on every visit). */
    private final Map<Long, Listing> listings = new ConcurrentHashMap<>();

    /** The event's published past sessions with replays, as built within the last few seconds. */
    public Optional<List<ReplayService.PastSession>> pastSessions(long eventId) {
        Listing listing = listings.get(eventId);
        if (listing == null || System.nanoTime() - listing.at > TTL_NANOS) {
            return Optional.empty();
        }
        return Optional.of(listing.sessions);
    }

    public void keepPastSessions(long eventId, List<ReplayService.PastSession> sessions) {
        if (listings.size() >= MAX) {
            listings.clear();
        }
        listings.put(eventId, new Listing(List.copyOf(sessions), System.nanoTime()));
    }

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

    /** Forgets a replay whose cut or publication changed; the lists of events are rebuilt too. */
    public void forget(ReplayId id) {
        entries.remove(id);
        listings.clear();
    }
}
