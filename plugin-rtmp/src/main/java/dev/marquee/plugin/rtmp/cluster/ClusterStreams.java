package dev.marquee.plugin.rtmp.cluster;

import dev.marquee.platform.spi.cluster.ClusterCalls;
import dev.marquee.platform.spi.cluster.ClusterMaps;
import dev.marquee.platform.spi.cluster.ClusterMembers;
import dev.marquee.platform.spi.cluster.ClusterTally;
import dev.marquee.platform.spi.cluster.ClusterTopic;
import dev.marquee.platform.spi.cluster.ClusterTopics;
import dev.marquee.plugin.rtmp.RtmpConfig;
import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.StreamStats;
import dev.marquee.plugin.rtmp.playback.PlaybackSigner;
import dev.marquee.plugin.rtmp.playback.PlaybackUrls;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import dev.marquee.platform.spi.events.PlatformStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * RTMP on the data grid, for the rest of the plugin: claims and releases origins as publishers come
 * and go ({@link OriginRegistry}), answers whether a stage is live elsewhere, starts edges for local
 * viewers ({@link EdgePulls}), cuts publishers off cluster-wide ({@link PublisherControl}) and sums
 * viewers over the instances (the {@link ClusterTally} {@value #VIEWERS_MAP}). Every
 * {@value #TICK_SECONDS} s it sweeps idle edges and reports viewers; every other tick it refreshes
 * this instance's origins. When the grid is unavailable (Payara started with {@code --nohazelcast}) it
 * says so once and everything works on this instance alone.
 */
@ApplicationScoped
public class ClusterStreams {

    /** The grid map of viewer counts per stage and instance. */
    public static final String VIEWERS_MAP = "rtmp.viewers";
    /** How long an origin entry lives without a refresh. */
    public static final Duration ORIGIN_TTL = Duration.ofSeconds(30);
    /** How long a first viewer waits for an edge to start. */
    public static final Duration EDGE_START_WAIT = Duration.ofSeconds(5);
    /** How long an edge outlives its last local viewer. */
    public static final Duration EDGE_GRACE = Duration.ofSeconds(30);
    static final int TICK_SECONDS = 5;
    private static final Duration GRID_WAIT = ClusterCalls.DEFAULT_WAIT;
    private static final Logger LOG = Logger.getLogger(ClusterStreams.class.getName());

    @Inject
    RtmpConfig config;

    @Inject
    StreamHub hub;

    @Inject
    ClusterMaps maps;

    @Inject
    ClusterMembers members;

    @Inject
    ClusterTopics topics;

    @Inject
    PlaybackSigner signer;

    @Inject
    RelayCredentials relays;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threadFactory;

    private final Clock clock = Clock.systemUTC();
    private final String instance = UUID.randomUUID().toString();
    private final Map<Long, Instant> origins = new ConcurrentHashMap<>();
    private volatile Map<Long, Integer> clusterViewers = Map.of();
    private final Set<Long> reportedViewers = new HashSet<>();
    private volatile boolean gridUp;
    private OriginRegistry registry;
    private PublisherControl control;
    private ClusterTally tally;
    private EdgePulls edges;
    private ScheduledExecutorService ticker;
    private ClusterMembers.Registration membersRegistration;
    private ClusterTopic.Registration controlRegistration;
    private long ticks;

    /** Starts with the application, so that edges can serve the first request. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object init) {
        ThreadFactory threads = threadFactory != null ? threadFactory : Thread::new;
        edges = new EdgePulls(hub.streams(), this::locate, stageId -> relays.issue(stageId, instance, clock.instant()),
                HttpClient.newBuilder().connectTimeout(EDGE_START_WAIT).build(), threads, hub::viewers, clock,
                EDGE_START_WAIT, EDGE_GRACE);
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = threads.newThread(r);
            t.setName("marquee-rtmp-cluster");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Joins the data grid once the platform is up (the sealed grid needs the schema's secret); until
     * then, and if it fails, streams play on the instance they are published to only.
     */
    void joinGrid(@Observes PlatformStarted platform) {
        try {
            registry = new OriginRegistry(maps, members, ORIGIN_TTL, GRID_WAIT);
            control = new PublisherControl(topics);
            tally = maps.tally(VIEWERS_MAP, Duration.ofSeconds(TICK_SECONDS * 3L));
            membersRegistration = registry.watchMembers(executor);
            controlRegistration = control.listen((stageId, reason) ->
                    executor.execute(() -> hub.streams().disconnect(stageId, reason)));
            gridUp = true;
            LOG.info(() -> "RTMP joins the data grid as instance " + instance + " at " + internalUrl());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "RTMP runs without the data grid: streams play only on the instance they are "
                    + "published to", e);
        }
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (edges != null) {
            edges.stopAll("Marquee is shutting down");
        }
        if (gridUp && members.running()) {
            membersRegistration.close();
            controlRegistration.close();
            origins.keySet().forEach(stageId -> registry.release(stageId, instance));
        }
    }

    /** This instance's id on the grid (drawn at start). */
    public String instance() {
        return instance;
    }

    /** The base address other instances pull this instance's streams from. */
    public String internalUrl() {
        String host;
        try {
            host = members.hostAddress();
        } catch (RuntimeException e) {
            host = "localhost";
        }
        return InternalAddress.resolve(config.internalUrl(), host);
    }

    /**
     * Claims the stage for a publisher connecting to this instance. Blocks up to a second: call it
     * off the event loop. {@code TAKEN} means another instance has the stage's publisher.
     */
    public OriginRegistry.Claim claimOrigin(long stageId) {
        if (!gridUp) {
            return OriginRegistry.Claim.UNKNOWN;
        }
        Instant since = clock.instant();
        Origin origin = Origin.starting(instance, members.self(), internalUrl(), since);
        OriginRegistry.Claim claim = registry.claim(stageId, origin);
        if (claim != OriginRegistry.Claim.TAKEN) {
            origins.putIfAbsent(stageId, since);
        }
        return claim;
    }

    /** The stage's publisher on this instance stopped: the stage is free again. Does not block. */
    public void originStopped(long stageId) {
        origins.remove(stageId);
        if (gridUp) {
            registry.release(stageId, instance);
        }
    }

    /** The stage's origin when it is another instance. Blocks up to a second. */
    public Optional<Origin> originElsewhere(long stageId) {
        if (!gridUp) {
            return Optional.empty();
        }
        return registry.find(stageId).filter(origin -> !origin.instance().equals(instance));
    }

    /** Whether the stage is live here or on another instance. Blocks up to a second. */
    public boolean liveAnywhere(long stageId) {
        return hub.streams().isLive(stageId) || originElsewhere(stageId).isPresent();
    }

    /**
     * Makes the stage play here: true at once when it is live here; otherwise an edge pulls it from
     * its origin and this completes with true once it runs, false when no instance has it or within
     * {@link #EDGE_START_WAIT}. Never blocks.
     */
    public CompletableFuture<Boolean> demand(long stageId) {
        if (hub.streams().isLive(stageId)) {
            edges.touch(stageId);
            return CompletableFuture.completedFuture(true);
        }
        if (!gridUp) {
            return CompletableFuture.completedFuture(false);
        }
        return edges.demand(stageId).completeOnTimeout(false, EDGE_START_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A local player fetched something of the stage (HLS files): its edge, if any, stays. */
    public void touch(long stageId) {
        edges.touch(stageId);
    }

    /** Cuts the stage's publisher off on whichever instance it is connected to (and any edge here). */
    public void disconnectEverywhere(long stageId, String reason) {
        hub.streams().disconnect(stageId, reason);
        if (gridUp) {
            control.disconnectEverywhere(stageId, reason);
        }
    }

    /** Players of the stage on every instance, as of the latest report; this instance's when unknown. */
    public int viewers(long stageId) {
        Integer total = clusterViewers.get(stageId);
        return total == null ? hub.viewers(stageId) : Math.max(total, hub.viewers(stageId));
    }

    /** The edges of this instance. */
    public EdgePulls edges() {
        return edges;
    }

    private Optional<URI> locate(long stageId) {
        return originElsewhere(stageId).map(origin -> URI.create(origin.url() + PlaybackUrls.PATH + "/" + stageId
                + "/" + signer.token(stageId, null, clock.instant().plus(config.playbackTtl())) + "/" + PlaybackUrls.FLV));
    }

    private void tick() {
        try {
            edges.sweep();
            if (!gridUp || !members.running()) {
                return;
            }
            reportViewers();
            if (ticks++ % 2 == 0) {
                refreshOrigins();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "RTMP cluster upkeep failed; retrying in " + TICK_SECONDS + " s", e);
        }
    }

    private void refreshOrigins() {
        Map<Long, Origin> mine = new HashMap<>();
        Instant now = clock.instant();
        UUID member = members.self();
        String url = internalUrl();
        for (Map.Entry<Long, Instant> entry : origins.entrySet()) {
            Optional<LiveStream> stream = hub.streams().find(entry.getKey()).filter(s -> !s.publisher().relayed());
            if (stream.isEmpty()) {
                continue;
            }
            StreamStats s = stream.get().stats(now);
            String size = s.width() > 0 && s.height() > 0 ? s.width() + "x" + s.height() : "";
            mine.put(entry.getKey(), new Origin(instance, member, url, entry.getValue(), s.bitsPerSecond() / 1000,
                    Math.round(s.framesPerSecond() * 10) / 10.0, size));
        }
        for (long lost : registry.refresh(mine)) {
            LOG.warning(() -> "Another instance has the publisher of stage " + lost + " now; cutting ours off");
            hub.streams().disconnect(lost, "another instance has this stage's publisher");
        }
    }

    private void reportViewers() {
        Map<String, Integer> counts = new HashMap<>();
        hub.viewerCounts().forEach((stageId, count) -> {
            if (count > 0 || reportedViewers.contains(stageId)) {
                counts.put(String.valueOf(stageId), count);
            }
        });
        reportedViewers.clear();
        hub.viewerCounts().forEach((stageId, count) -> {
            if (count > 0) {
                reportedViewers.add(stageId);
            }
        });
        Map<Long, Integer> totals = new HashMap<>();
        if (!counts.isEmpty()) {
            tally.report(counts, GRID_WAIT).forEach((key, total) -> totals.put(Long.parseLong(key), total));
        }
        // stages watched only elsewhere: ask with a zero report, which changes nothing
        for (Long stageId : origins.keySet()) {
            if (!totals.containsKey(stageId)) {
                tally.report(Map.of(String.valueOf(stageId), 0), GRID_WAIT)
                        .forEach((key, total) -> totals.put(Long.parseLong(key), total));
            }
        }
        clusterViewers = Map.copyOf(totals);
    }
}
