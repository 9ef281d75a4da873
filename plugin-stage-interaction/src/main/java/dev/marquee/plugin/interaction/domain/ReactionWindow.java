package dev.marquee.plugin.interaction.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The reactions of the current interval, summed per stage and emoji. Clicks are added from any thread;
 * {@link #drain} takes each stage's sums atomically and starts the next interval, so every click is
 * counted in exactly one burst and a stage without clicks costs nothing.
 */
public final class ReactionWindow {

    private final Map<Long, Map<String, Integer>> open = new ConcurrentHashMap<>();

    /** Counts one click. */
    public void add(long stageId, String emoji) {
        open.compute(stageId, (k, sums) -> {
            Map<String, Integer> next = sums == null ? new HashMap<>() : sums;
            next.merge(emoji, 1, Integer::sum);
            return next;
        });
    }

    /** Adds sums counted elsewhere (another instance's window); counts below 1 are ignored. */
    public void addAll(long stageId, Map<String, Integer> counts) {
        open.compute(stageId, (k, sums) -> {
            Map<String, Integer> next = sums == null ? new HashMap<>() : sums;
            counts.forEach((emoji, n) -> {
                if (n != null && n > 0) {
                    next.merge(emoji, n, Integer::sum);
                }
            });
            return next.isEmpty() ? null : next;
        });
    }

    /** Hands every stage that had clicks its sums, and empties the window. */
    public void drain(BiConsumer<Long, Map<String, Integer>> burst) {
        for (Long stageId : open.keySet()) {
            Map<String, Integer> sums = open.remove(stageId);
            if (sums != null && !sums.isEmpty()) {
                burst.accept(stageId, Map.copyOf(sums));
            }
        }
    }
}
