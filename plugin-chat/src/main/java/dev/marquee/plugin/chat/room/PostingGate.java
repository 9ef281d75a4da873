package dev.marquee.plugin.chat.room;

import dev.marquee.platform.spi.cluster.ClusterCalls;
import dev.marquee.platform.spi.cluster.ClusterMap;
import dev.marquee.platform.spi.cluster.ClusterMaps;
import dev.marquee.platform.spi.cluster.EntryChange.Outcome;
import dev.marquee.platform.spi.cluster.ValueFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether a person may post in a room now, counted over the whole cluster: the per-person rate limit
 * (a token bucket) and slow mode (one message per {@code n} seconds) live in one cluster map entry per
 * person and room ({@value #MAP}), checked and updated in one atomic change. If the grid does not
 * answer within {@link ClusterCalls#DEFAULT_WAIT}, the room's buckets on this instance decide.
 */
@ApplicationScoped
public class PostingGate {

    static final String MAP = "chat.posting";

    /** May post (zero wait), or must wait: for the rate limit or for slow mode. */
    public record Verdict(boolean allowed, boolean slowMode, long waitMillis) {
        static final Verdict ALLOWED = new Verdict(true, false, 0);
    }

    @Inject
    ClusterMaps maps;

    public PostingGate() {
    }

    PostingGate(ClusterMaps maps) {
        this.maps = maps;
    }

    /** Takes a turn for the person if they may post now; {@code slowSeconds} 0 means slow mode is off. */
    public Optional<Verdict> take(String room, String subject, double burst, double perSecond, int slowSeconds, long nowMillis) {
        try {
            ClusterMap<double[]> turns = maps.map(MAP, FORMAT);
            return ClusterCalls.await(turns.change(room + "|" + subject, current -> takeTurn(current, burst, perSecond,
                    slowSeconds, nowMillis)), ClusterCalls.DEFAULT_WAIT, "chat posting " + room).map(PostingGate::verdict);
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
    static Outcome<double[], Long> takeTurn(double[] state, double burst, double perSecond, int slowSeconds,
                                                       long now) {
        double perMilli = perSecond / 1000.0;
        double tokens = state == null ? burst : Math.min(burst, state[0] + Math.max(0, now - state[1]) * perMilli);
        double lastPost = state == null ? Double.NEGATIVE_INFINITY : state[2];
        if (tokens < 1) {
            return Outcome.keep((long) Math.ceil((1 - tokens) / perMilli));
        }
        if (slowSeconds > 0 && now - lastPost < slowSeconds * 1000L) {
            return Outcome.keep(-(long) Math.ceil(slowSeconds * 1000L - (now - lastPost)));
        }
        long keepMillis = (long) Math.ceil(Math.max(burst / perSecond, slowSeconds) * 1000) + 1000;
        return Outcome.set(new double[] {tokens - 1, now, now}, Duration.ofMillis(keepMillis), 0L);
    }

    private static final ValueFormat<double[]> FORMAT = new ValueFormat<>() {
        @Override
        public void write(double[] value, DataOutputStream out) throws IOException {
            for (double v : value) {
                out.writeDouble(v);
            }
        }

        @Override
        public double[] read(DataInputStream in) throws IOException {
            return new double[] {in.readDouble(), in.readDouble(), in.readDouble()};
        }
    };
}
