package dev.marquee.plugin.rtmp.cluster;

import dev.marquee.plugin.rtmp.media.FlvDemuxer;
import dev.marquee.plugin.rtmp.media.LiveStreams;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongToIntFunction;
import java.util.logging.Logger;

/**
 * The edge streams of this instance: at most one {@link EdgePuller} per stage, started by the first
 * viewer asking for a stage that is live on another instance and shared by every later one. An edge
 * ends with its origin's stream, or {@code grace} after its last local viewer left ({@link #sweep},
 * called every few seconds; HLS players, who only fetch files, count through {@link #touch}).
 */
public final class EdgePulls {

    private static final Logger LOG = Logger.getLogger(EdgePulls.class.getName());

    private final LiveStreams streams;
    private final LongFunction<Optional<URI>> locate;
    private final LongFunction<String> relayCredential;
    private final HttpClient client;
    private final ThreadFactory threads;
    private final LongToIntFunction localViewers;
    private final Clock clock;
    private final Duration connectWait;
    private final Duration grace;
    private final Map<Long, Edge> edges = new ConcurrentHashMap<>();
    private final AtomicLong pulls = new AtomicLong();

    private static final class Edge {
        final CompletableFuture<Boolean> started = new CompletableFuture<>();
        final AtomicLong lastDemand;
        volatile EdgePuller puller;

        Edge(long now) {
            lastDemand = new AtomicLong(now);
        }
    }

    /**
     * @param locate the stage's HTTP-FLV address on its origin (with a playback token), or empty when
     *               no other instance has the stage; may block briefly (it asks the grid)
     * @param relayCredential what proves to the origin that a pull of the stage comes from an instance
     *                        of this deployment ({@link RelayCredentials})
     * @param threads makes the thread each edge runs on
     * @param localViewers players of the stage connected to this instance
     */
    public EdgePulls(LiveStreams streams, LongFunction<Optional<URI>> locate, LongFunction<String> relayCredential,
                     HttpClient client,
                     ThreadFactory threads, LongToIntFunction localViewers, Clock clock, Duration connectWait,
                     Duration grace) {
        this.streams = streams;
        this.locate = locate;
        this.relayCredential = relayCredential;
        this.client = client;
        this.threads = threads;
        this.localViewers = localViewers;
        this.clock = clock;
        this.connectWait = connectWait;
        this.grace = grace;
    }

    /**
     * Makes sure the stage plays here: completes with true at once when it is live here, or once an
     * edge pulling it from its origin has started; false when no other instance has it or the pull
     * failed. Never blocks; callers bound their wait.
     */
    public CompletableFuture<Boolean> demand(long stageId) {
        if (streams.isLive(stageId)) {
            touch(stageId);
            return CompletableFuture.completedFuture(true);
        }
        Edge[] created = new Edge[1];
        Edge edge = edges.computeIfAbsent(stageId, id -> created[0] = new Edge(clock.millis()));
        edge.lastDemand.set(clock.millis());
        if (created[0] != null) {
            Thread thread = threads.newThread(() -> pull(stageId, created[0]));
            thread.setName("marquee-rtmp-edge-" + stageId);
            thread.setDaemon(true);
            thread.start();
        }
        return edge.started.copy();
    }

    /** A local player asked for the stage: its edge stays a while longer. */
    public void touch(long stageId) {
        Edge edge = edges.get(stageId);
        if (edge != null) {
            edge.lastDemand.set(clock.millis());
        }
    }

    /** Stops the edges without local viewers for longer than the grace period. */
    public void sweep() {
        long now = clock.millis();
        edges.forEach((stageId, edge) -> {
            if (localViewers.applyAsInt(stageId) > 0) {
                edge.lastDemand.set(now);
            } else if (now - edge.lastDemand.get() > grace.toMillis() && edge.puller != null) {
                edge.puller.disconnect("no viewer left on this instance");
            }
        });
    }

    /** Edge streams running or starting now. */
    public int running() {
        return edges.size();
    }

    /** Edge pulls started since this instance started. */
    public long pullsStarted() {
        return pulls.get();
    }

    /** Whether the stage is relayed here now. */
    public boolean relaying(long stageId) {
        return edges.containsKey(stageId);
    }

    /** Stops every edge (shutdown). */
    public void stopAll(String reason) {
        edges.values().forEach(edge -> {
            if (edge.puller != null) {
                edge.puller.disconnect(reason);
            }
        });
    }

    private void pull(long stageId, Edge edge) {
        try {
            Optional<URI> source = locate.apply(stageId);
            if (source.isEmpty()) {
                edge.started.complete(streams.isLive(stageId));
                return;
            }
            EdgePuller puller = new EdgePuller(stageId, source.get(), relayCredential.apply(stageId), client, streams, connectWait,
                    FlvDemuxer.DEFAULT_MAX_TAG_BYTES);
            edge.puller = puller;
            pulls.incrementAndGet();
            puller.started().whenComplete((ok, e) -> edge.started.complete(Boolean.TRUE.equals(ok)));
            puller.run();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not pull stage " + stageId + ": " + e);
        } finally {
            edges.remove(stageId, edge);
            edge.started.complete(false);
        }
    }
}
