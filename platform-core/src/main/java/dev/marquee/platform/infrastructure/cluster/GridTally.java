package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.spi.cluster.ClusterTally;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
 * The counts live in a {@link SealedMap}. Plugins get one as a {@link ClusterTally}
 * ({@link DefaultClusterMaps#tally}).
 */
public final class GridTally implements ClusterTally {

    private static final int MAX_MEMBERS = 1024;

    private final DataGrid grid;
    private final String structure;
    private final long freshMillis;
    private final Clock clock;

    /** A tally in the sealed map {@code structure} (e.g. {@code chat.viewers}). */
    public GridTally(DataGrid grid, String structure, Duration freshFor, Clock clock) {
        this.grid = grid;
        this.structure = structure;
        this.freshMillis = freshFor.toMillis();
        this.clock = clock;
    }

    /**
     * Reports this instance's count for each key and returns the cluster-wide totals, for the keys
     * the grid answered within {@code wait}.
     */
    @Override
    public Map<String, Integer> report(Map<String, Integer> localCounts, Duration wait) {
        SealedMap<Map<UUID, long[]>> map = grid.sealedMap(structure, CODEC);
        UUID me = grid.localMember();
        long now = clock.millis();
        Map<String, CompletionStage<Integer>> calls = new LinkedHashMap<>();
        localCounts.forEach((key, count) -> calls.put(key, map.change(key, current -> report(current, me, count, now))));
        Map<String, Integer> totals = new HashMap<>();
        calls.forEach((key, call) -> GridCalls.await(call, wait, "tally " + map.name() + " " + key)
                .ifPresent(total -> totals.put(key, total)));
        return totals;
    }

    /** Forgets a key on every member (its stage is gone). */
    @Override
    public void forget(String key) {
        grid.sealedMap(structure, CODEC).remove(key);
    }

    /** Sets one member's count, drops stale ones, answers the sum; the entry goes when nobody counts. */
    private GridChange.Outcome<Map<UUID, long[]>, Integer> report(Map<UUID, long[]> current, UUID member, int count,
                                                                 long at) {
        Map<UUID, long[]> tally = current == null ? new HashMap<>() : new HashMap<>(current);
        tally.put(member, new long[] {count, at});
        tally.values().removeIf(v -> at - v[1] > freshMillis);
        long total = 0;
        boolean anyone = false;
        for (long[] v : tally.values()) {
            total += v[0];
            anyone |= v[0] > 0;
        }
        int answer = (int) Math.min(Integer.MAX_VALUE, total);
        return anyone ? GridChange.Outcome.set(tally, 3 * freshMillis, answer) : GridChange.Outcome.remove(answer);
    }

    private static final GridCodec<Map<UUID, long[]>> CODEC = new GridCodec<>() {
        @Override
        public void write(Map<UUID, long[]> value, DataOutputStream out) throws IOException {
            out.writeInt(value.size());
            for (Map.Entry<UUID, long[]> e : value.entrySet()) {
                out.writeLong(e.getKey().getMostSignificantBits());
                out.writeLong(e.getKey().getLeastSignificantBits());
                out.writeLong(e.getValue()[0]);
                out.writeLong(e.getValue()[1]);
            }
        }

        @Override
        public Map<UUID, long[]> read(DataInputStream in) throws IOException {
            int size = in.readInt();
            if (size < 0 || size > MAX_MEMBERS) {
                throw new IOException("Bad tally size " + size);
            }
            Map<UUID, long[]> value = new HashMap<>();
            for (int i = 0; i < size; i++) {
                value.put(new UUID(in.readLong(), in.readLong()), new long[] {in.readLong(), in.readLong()});
            }
            return value;
        }
    };
}
