package dev.marquee.plugin.chat.room;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridCalls;
import dev.marquee.platform.infrastructure.cluster.GridEntries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.Serial;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a person may post in a room now, counted over the whole cluster: the per-person rate limit
 * (a token bucket) and slow mode (one message per {@code n} seconds) live in one grid entry per person
 * and room ({@value #MAP}), checked and updated by one entry processor where the entry lives. If the
 * grid does not answer within {@link GridCalls#DEFAULT_WAIT}, the room's buckets on this instance decide.
 */
@ApplicationScoped
public class PostingGate {

    static final String MAP = "marquee.chat.posting";

    /** May post (zero wait), or must wait: for the rate limit or for slow mode. */
    public record Verdict(boolean allowed, boolean slowMode, long waitMillis) {
        static final Verdict ALLOWED = new Verdict(true, false, 0);
    }

    @Inject
    DataGrid grid;

    public PostingGate() {
    }

    PostingGate(DataGrid grid) {
        this.grid = grid;
    }

    /** Takes a turn for the person if they may post now; {@code slowSeconds} 0 means slow mode is off. */
    public Optional<Verdict> take(String room, String subject, double burst, double perSecond, int slowSeconds, long nowMillis) {
        try {
            IMap<String, double[]> turns = grid.hazelcast().getMap(MAP);
            return GridCalls.await(turns.submitToKey(room + "|" + subject, new TakeTurn(burst, perSecond, slowSeconds, nowMillis)),
                    GridCalls.DEFAULT_WAIT, "chat posting " + room).map(PostingGate::verdict);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Verdict verdict(long answer) {
        if (answer == 0) {
            return Verdict.ALLOWED;
        }
        return answer > 0 ? new Verdict(false, false, answer) : new Verdict(false, true, -answer);
    }

    /**
     * The person's {tokens, refilled at (ms), last post (ms)}: answers 0 and takes a token (and the slow
     * mode turn) when they may post; else the wait in ms, negative when slow mode is what holds them.
     */
    static final class TakeTurn implements EntryProcessor<String, double[], Long> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final double burst;
        private final double perSecond;
        private final int slowSeconds;
        private final long now;

        TakeTurn(double burst, double perSecond, int slowSeconds, long now) {
            this.burst = burst;
            this.perSecond = perSecond;
            this.slowSeconds = slowSeconds;
            this.now = now;
        }

        @Override
        public Long process(Map.Entry<String, double[]> entry) {
            double[] state = entry.getValue();
            double perMilli = perSecond / 1000.0;
            double tokens = state == null ? burst : Math.min(burst, state[0] + Math.max(0, now - state[1]) * perMilli);
            double lastPost = state == null ? Double.NEGATIVE_INFINITY : state[2];
            if (tokens < 1) {
                return (long) Math.ceil((1 - tokens) / perMilli);
            }
            if (slowSeconds > 0 && now - lastPost < slowSeconds * 1000L) {
                return -(long) Math.ceil(slowSeconds * 1000L - (now - lastPost));
            }
            double[] updated = {tokens - 1, now, now};
            long keepMillis = (long) Math.ceil(Math.max(burst / perSecond, slowSeconds) * 1000) + 1000;
            GridEntries.setValue(entry, updated, keepMillis);
            return 0L;
        }
    }
}
