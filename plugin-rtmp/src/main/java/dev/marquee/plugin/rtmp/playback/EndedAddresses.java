package dev.marquee.plugin.rtmp.playback;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Playback addresses whose stream the person ended from another device ("end the oldest"): the
 * player behind one would otherwise reconnect with it and take the slot back. Each is refused until
 * it expires; at most {@value #MAX} are remembered (past that, expired ones are dropped, then the
 * oldest half). Thread-safe.
 */
public final class EndedAddresses {

    static final int MAX = 10_000;

    private final Map<String, Long> ended = new ConcurrentHashMap<>();

    /** Refuses the address until {@code expiresAtMillis}. */
    public void end(long stageId, String token, long expiresAtMillis, long nowMillis) {
        if (ended.size() >= MAX) {
            ended.values().removeIf(at -> at <= nowMillis);
            if (ended.size() >= MAX) {
                ended.clear();
            }
        }
        ended.put(stageId + "/" + token, expiresAtMillis);
    }

    /** Whether the address was ended and has not expired yet. */
    public boolean ended(long stageId, String token, long nowMillis) {
        if (ended.isEmpty()) {
            return false;
        }
        Long until = ended.get(stageId + "/" + token);
        return until != null && until > nowMillis;
    }
}
