package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Counts that every instance reports for its own part (viewers of a stage on this instance) and that
 * the grid sums: each report replaces that member's number and returns the cluster-wide total. A
 * member that stops reporting (it died) drops out after {@code freshFor}, so totals heal on their own.
 */
public final class GridTally {

    private final DataGrid grid;
    private final String mapName;
    private final long freshMillis;
    private final Clock clock;

    public GridTally(DataGrid grid, String mapName, Duration freshFor, Clock clock) {
        this.grid = grid;
        this.mapName = mapName;
        this.freshMillis = freshFor.toMillis();
        this.clock = clock;
    }

    /**
     * Reports this instance's count for each key and returns the cluster-wide totals, for the keys
     * the grid answered within {@code wait}.
     */
    public Map<String, Integer> report(Map<String, Integer> localCounts, Duration wait) {
        IMap<String, Tally> map = grid.hazelcast().getMap(mapName);
        UUID me = grid.localMember();
        long now = clock.millis();
        Map<String, CompletionStage<Integer>> calls = new LinkedHashMap<>();
        localCounts.forEach((key, count) ->
                calls.put(key, map.submitToKey(key, new Report(me, count, now, freshMillis))));
        Map<String, Integer> totals = new HashMap<>();
        calls.forEach((key, call) -> GridCalls.await(call, wait, "tally " + mapName + " " + key)
                .ifPresent(total -> totals.put(key, total)));
        return totals;
    }

    /** Forgets a key on every member (its stage is gone). */
    public void forget(String key) {
        grid.hazelcast().getMap(mapName).removeAsync(key);
    }

    /** Each member's last count and when it came. */
    static final class Tally implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        final Map<UUID, long[]> byMember = new HashMap<>();
    }

    /** Runs where the key lives: sets one member's count, drops stale ones, answers the sum. */
    static final class Report implements EntryProcessor<String, Tally, Integer> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final UUID member;
        private final int count;
        private final long at;
        private final long freshMillis;

        Report(UUID member, int count, long at, long freshMillis) {
            this.member = member;
            this.count = count;
            this.at = at;
            this.freshMillis = freshMillis;
        }

        @Override
        public Integer process(Map.Entry<String, Tally> entry) {
            Tally tally = entry.getValue() == null ? new Tally() : entry.getValue();
            tally.byMember.put(member, new long[] {count, at});
            tally.byMember.values().removeIf(v -> at - v[1] > freshMillis);
            long total = 0;
            boolean anyone = false;
            for (long[] v : tally.byMember.values()) {
                total += v[0];
                anyone |= v[0] > 0;
            }
            entry.setValue(anyone ? tally : null);
            return (int) Math.min(Integer.MAX_VALUE, total);
        }
    }
}
