package dev.marquee.platform.application.viewing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a refused playback is announced ({@code ViewerLimitReached}): at most once per person
 * and stage per {@code everyMillis}, so a player retrying in a loop does not flood observers. Bounded:
 * past {@value #MAX_ENTRIES} remembered pairs, the old ones are forgotten.
 */
final class LimitNotices {

    static final int MAX_ENTRIES = 10_000;

    private final long everyMillis;
    private final Map<String, Long> last = new ConcurrentHashMap<>();

    LimitNotices(long everyMillis) {
        this.everyMillis = everyMillis;
    }

    /** Whether to announce this refusal now (and remembers that it was). */
    boolean due(String subject, long stageId, long nowMillis) {
        if (last.size() >= MAX_ENTRIES) {
            last.values().removeIf(at -> nowMillis - at >= everyMillis);
        }
        boolean[] due = {false};
        last.compute(subject + '\n' + stageId, (k, at) -> {
            if (at == null || nowMillis - at >= everyMillis) {
                due[0] = true;
                return nowMillis;
            }
            return at;
        });
        return due[0];
    }
}
