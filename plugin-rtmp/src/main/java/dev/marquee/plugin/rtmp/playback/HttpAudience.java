package dev.marquee.plugin.rtmp.playback;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The viewers of a stage that play over HLS or LL-HLS. They hold no connection to count, so a viewer
 * is a playback address (each page's fetch of the playback API gets its own) that asked for a
 * playlist, segment or part within the last {@code window}; one that stops asking leaves the count
 * after the window. A stage keeps at most {@code maxPerStage} addresses: past that, new ones are not
 * counted (the count then says "at least"), so a flood of forged-but-valid addresses cannot grow
 * memory. Safe for concurrent use; a request costs one map write.
 */
public final class HttpAudience {

    private final long windowMillis;
    private final int maxPerStage;
    private final Map<Long, Map<String, Long>> seen = new ConcurrentHashMap<>();

    public HttpAudience(Duration window, int maxPerStage) {
        this.windowMillis = window.toMillis();
        this.maxPerStage = maxPerStage;
    }

    /** Notes that the address asked for something of the stage's stream at {@code nowMillis}. */
    public void seen(long stageId, String token, long nowMillis) {
        Map<String, Long> addresses = seen.computeIfAbsent(stageId, id -> new ConcurrentHashMap<>());
        if (addresses.size() >= maxPerStage && !addresses.containsKey(token)) {
            return;
        }
        addresses.put(token, nowMillis);
    }

    /** The addresses of the stage that asked within the window; forgets those that did not. */
    public int count(long stageId, long nowMillis) {
        Map<String, Long> addresses = seen.get(stageId);
        if (addresses == null) {
            return 0;
        }
        addresses.values().removeIf(at -> nowMillis - at > windowMillis);
        if (addresses.isEmpty()) {
            seen.remove(stageId, addresses);
        }
        return addresses.size();
    }

    /** {@link #count} for every stage with viewers. */
    public Map<Long, Integer> counts(long nowMillis) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Long stageId : seen.keySet()) {
            int count = count(stageId, nowMillis);
            if (count > 0) {
                counts.put(stageId, count);
            }
        }
        return counts;
    }
}
