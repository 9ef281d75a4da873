package dev.marquee.platform.spi.cluster;

import java.time.Duration;
import java.util.Map;

/**
 * Counts that every instance reports for its own part and the cluster sums ({@link ClusterMaps#tally}):
 * viewers of a stage, say, where each instance knows only its own. Each report replaces this instance's
 * number for a key and answers the cluster-wide total; an instance that stops reporting (it died) drops out
 * of the totals once its numbers are older than the tally's {@code freshFor}, so totals heal on their own.
 *
 * <p><b>Use.</b> Report every key at least once per {@code freshFor} (a scheduled task of the plugin's, a
 * few times per {@code freshFor}); report 0 once for a key that had a count here and has none now. Sealed
 * like {@link ClusterMap}.
 *
 * <p><b>Threading.</b> Thread-safe. {@link #report} blocks up to its {@code wait}: call it from a thread of
 * your own, never from an event loop or the grid's event thread.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0.
 *
 * @since 0.1.0
 */
public interface ClusterTally {

    /**
     * Reports this instance's count for each key and answers the cluster-wide totals of the keys the grid
     * answered within {@code wait} (a key missing from the answer: use what this instance knows).
     */
    Map<String, Integer> report(Map<String, Integer> localCounts, Duration wait);

    /** Forgets {@code key} on every instance (what it counted is gone); does not wait. */
    void forget(String key);
}
