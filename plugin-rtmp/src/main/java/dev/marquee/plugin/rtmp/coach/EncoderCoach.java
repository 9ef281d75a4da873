package dev.marquee.plugin.rtmp.coach;

import dev.marquee.platform.spi.cluster.ClusterCalls;
import dev.marquee.platform.spi.cluster.ClusterMap;
import dev.marquee.platform.spi.cluster.ClusterMaps;
import dev.marquee.platform.spi.cluster.ClusterMembers;
import dev.marquee.platform.spi.events.EncoderWarningsChanged;
import dev.marquee.platform.spi.events.PlatformStarted;
import dev.marquee.platform.spi.media.IngestReport;
import dev.marquee.platform.spi.media.IngestWarning;
import dev.marquee.plugin.rtmp.media.LiveStream;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The encoder coach of this instance: watches every stream published here (not the ones it relays),
 * measures them once a second on its own thread, exports the warnings as metrics ({@link CoachMetrics}),
 * fires {@link EncoderWarningsChanged} when a stream's warning set changes, and shares each report on the
 * cluster map {@value #MAP} every {@value #SHARE_EVERY_TICKS} s (expiring after {@link #SHARED_TTL}), so
 * that an instance without the publisher answers for it. Without the grid, reports are local only.
 */
@ApplicationScoped
public class EncoderCoach {

    /** The grid map of reports: stage id → the report of the instance with its publisher. */
    public static final String MAP = "rtmp.ingest";
    static final int SHARE_EVERY_TICKS = 2;
    static final Duration SHARED_TTL = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(EncoderCoach.class.getName());

    @Inject
    ClusterMaps maps;

    @Inject
    ClusterMembers members;

    @Inject
    Event<EncoderWarningsChanged> changes;

    @Inject
    CoachMetrics metrics;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threadFactory;

    /** A watched stream and its warning codes at the latest tick (ticker thread only). */
    private static final class Watched {
        final LiveStream stream;
        final StreamAnalysis analysis;
        List<String> codes = List.of();

        Watched(LiveStream stream, StreamAnalysis analysis) {
            this.stream = stream;
            this.analysis = analysis;
        }
    }

    private final Map<Long, Watched> watched = new ConcurrentHashMap<>();
    private volatile ClusterMap<IngestReport> shared;
    private ScheduledExecutorService ticker;
    private long ticks;

    void start(@Observes @Initialized(ApplicationScoped.class) Object init) {
        ThreadFactory threads = threadFactory != null ? threadFactory : Thread::new;
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = threads.newThread(r);
            t.setName("marquee-encoder-coach");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** Shares reports once the grid is up (after the platform started); without it they stay local. */
    void joinGrid(@Observes PlatformStarted platform) {
        try {
            if (members.running()) {
                shared = maps.map(MAP, new IngestReportCodec());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Encoder reports stay on the instance with the publisher (no data grid)", e);
        }
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        watched.values().forEach(w -> unshare(w.stream.stageId()));
    }

    /**
     * Starts coaching a stream whose publisher is connected here. Called on the publisher's thread; does
     * not block.
     *
     * @param llhlsSegmentMillis the LL-HLS segment target, 0 when streams are not packaged as LL-HLS
     */
    public void watch(LiveStream stream, long llhlsSegmentMillis) {
        StreamAnalysis analysis = new StreamAnalysis(stream.stageId(), stream.startedAt().toEpochMilli(),
                System::currentTimeMillis, stream::metadataValues, CoachSettings.of(llhlsSegmentMillis));
        Watched w = new Watched(stream, analysis);
        watched.put(stream.stageId(), w);
        if (!stream.subscribe(analysis)) {
            watched.remove(stream.stageId(), w);
        }
    }

    /** The stream stopped: its warnings clear and its shared report goes. Does not block. */
    public void unwatch(LiveStream stream) {
        Watched w = watched.get(stream.stageId());
        if (w == null || w.stream != stream || !watched.remove(stream.stageId(), w)) {
            return;
        }
        stream.unsubscribe(w.analysis);
        unshare(stream.stageId());
        if (ticker != null) {
            ticker.execute(() -> changed(w, List.of()));
        }
    }

    /** The report of a stream published here. */
    public Optional<IngestReport> report(long stageId) {
        return Optional.ofNullable(watched.get(stageId)).map(w -> w.analysis.report());
    }

    /** The report another instance shares for the stage; blocks up to a second. */
    public Optional<IngestReport> sharedReport(long stageId) {
        ClusterMap<IngestReport> map = shared;
        if (map == null) {
            return Optional.empty();
        }
        return ClusterCalls.await(map.get(Long.toString(stageId)), ClusterCalls.DEFAULT_WAIT,
                "read the ingest report of stage " + stageId).flatMap(r -> r);
    }

    private void tick() {
        boolean share = ticks++ % SHARE_EVERY_TICKS == 0;
        for (Watched w : watched.values()) {
            try {
                IngestReport report = w.analysis.tick();
                List<String> codes = report.warnings().stream().map(IngestWarning::code).toList();
                boolean changed = !codes.equals(w.codes);
                if (changed) {
                    changed(w, codes);
                }
                if ((share || changed) && watched.get(w.stream.stageId()) == w) {
                    share(w.stream.stageId(), report);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not measure the stream of stage " + w.stream.stageId(), e);
            }
        }
    }

    /** On the ticker: metrics and the event follow the stream's new warning set. */
    private void changed(Watched w, List<String> codes) {
        if (codes.equals(w.codes)) {
            return;
        }
        metrics.changed(w.codes, codes);
        w.codes = codes;
        EncoderWarningsChanged change = new EncoderWarningsChanged(w.stream.stageId(), codes, Instant.now());
        LOG.info(() -> "Stage " + change.stageId() + " encoder warnings: " + (codes.isEmpty() ? "none" : codes));
        executor.execute(() -> changes.fireAsync(change));
    }

    private void share(long stageId, IngestReport report) {
        ClusterMap<IngestReport> map = shared;
        if (map != null) {
            map.set(Long.toString(stageId), report, SHARED_TTL).exceptionally(e -> {
                LOG.log(Level.FINE, "Could not share the ingest report of stage " + stageId, e);
                return null;
            });
        }
    }

    private void unshare(long stageId) {
        ClusterMap<IngestReport> map = shared;
        if (map != null) {
            map.remove(Long.toString(stageId)).exceptionally(e -> null);
        }
    }
}
