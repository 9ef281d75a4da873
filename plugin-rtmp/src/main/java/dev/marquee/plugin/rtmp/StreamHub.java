package dev.marquee.plugin.rtmp;

import dev.marquee.platform.spi.events.StageLiveChanged;
import dev.marquee.plugin.rtmp.abr.Renditions;
import dev.marquee.plugin.rtmp.cluster.ClusterStreams;
import dev.marquee.plugin.rtmp.coach.EncoderCoach;
import dev.marquee.platform.spi.recording.Recorder;
import dev.marquee.plugin.rtmp.cmaf.CmafListener;
import dev.marquee.plugin.rtmp.cmaf.CmafPackager;
import dev.marquee.plugin.rtmp.cmaf.CmafSettings;
import dev.marquee.plugin.rtmp.cmaf.CmafTee;
import dev.marquee.plugin.rtmp.hls.HlsSegmenter;
import dev.marquee.plugin.rtmp.hls.HlsSettings;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.llhls.LlHlsWindow;
import dev.marquee.plugin.rtmp.media.LiveStreams;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.StreamSubscriber;
import dev.marquee.plugin.rtmp.playback.HttpAudience;
import dev.marquee.plugin.rtmp.recording.CmafRecording;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The live streams of this instance and everything that follows a stream's life: the core event
 * "stage went live / off air" (fired on a managed thread, so other plugins' observers run with the
 * application's context), the stream's HLS segmenter (kept after the stream ends, so players read
 * the end of the playlist, until the stage's next stream replaces it) and the count of connected
 * viewers per stage. Only a stream whose publisher is connected here (this instance is its origin) is
 * announced; a stream relayed from another instance (an edge) gets its own HLS and LL-HLS output but no event, since
 * the origin's event reaches every instance already.
 */
@ApplicationScoped
public class StreamHub {

    private static final Logger LOG = Logger.getLogger(StreamHub.class.getName());

    @Inject
    RtmpConfig config;

    @Inject
    Event<StageLiveChanged> liveChanges;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ClusterStreams cluster;

    private final Clock clock = Clock.systemUTC();
    private final Map<Long, AtomicInteger> viewers = new ConcurrentHashMap<>();
    private HttpAudience httpAudience;
    private final Map<Long, HlsSegmenter> hls = new ConcurrentHashMap<>();
    private final Map<Long, LlHlsWindow> llhls = new ConcurrentHashMap<>();
    private LiveStreams streams;
    private Renditions renditions;
    private ScheduledExecutorService llhlsWaiter;
    private CmafSettings llhlsSettings;
    /** How a recording is packaged when LL-HLS is off: segments of the LL-HLS target (2 s by default). */
    private CmafSettings recordingSettings;

    @Inject
    Recorder recorder;

    @Inject
    EncoderCoach coach;

    @PostConstruct
    void init() {
        streams = new LiveStreams(clock, config.gopCacheBytes(), this::started, this::stopped);
        renditions = new Renditions(clock, config.gopCacheBytes(), this::packageRendition);
        httpAudience = new HttpAudience(audienceWindow(config), config.maxViewersPerStage());
        llhlsSettings = llhlsSettings(config);
        recordingSettings = llhlsSettings != null ? llhlsSettings : recordingSettings(config);
        llhlsWaiter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "marquee-llhls-waiter");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void shutdown() {
        streams.stopAll("Marquee is shutting down");
        renditions.stopAll();
        llhlsWaiter.shutdownNow();
    }

    public LiveStreams streams() {
        return streams;
    }

    /** The internal rendition streams transcoders publish back (adaptive bitrate). */
    public Renditions renditions() {
        return renditions;
    }

    /** Counts a viewer in; false (and not counted) when the stage is at its viewer limit. */
    public boolean viewerJoined(long stageId) {
        AtomicInteger count = viewers.computeIfAbsent(stageId, id -> new AtomicInteger());
        if (count.incrementAndGet() > config.maxViewersPerStage()) {
            count.decrementAndGet();
            return false;
        }
        return true;
    }

    public void viewerLeft(long stageId) {
        AtomicInteger count = viewers.get(stageId);
        if (count != null) {
            count.decrementAndGet();
        }
    }

    /** Notes an HLS or LL-HLS request of a viewer (not of another instance's relay). */
    public void httpViewerSeen(long stageId, String token) {
        httpAudience.seen(stageId, token, clock.millis());
    }

    /**
     * Viewers of the stage here: players connected over HTTP-FLV and RTMP, and playback addresses
     * that asked for HLS or LL-HLS within the last few segment durations ({@link HttpAudience}).
     */
    public int viewers(long stageId) {
        AtomicInteger count = viewers.get(stageId);
        return (count == null ? 0 : count.get()) + httpAudience.count(stageId, clock.millis());
    }

    /** {@link #viewers} on this instance, per stage that had any. */
    public Map<Long, Integer> viewerCounts() {
        Map<Long, Integer> counts = new java.util.HashMap<>(httpAudience.counts(clock.millis()));
        viewers.forEach((stageId, count) -> counts.merge(stageId, count.get(), Integer::sum));
        return counts;
    }

    /**
     * How long an HLS viewer that stopped asking still counts: players reload the playlist at least
     * once a segment duration, so three of them (at least 6 s) tell a viewer who left from a slow one.
     */
    static Duration audienceWindow(RtmpConfig config) {
        Duration three = config.hlsSegmentDuration().multipliedBy(3);
        Duration floor = Duration.ofSeconds(6);
        return three.compareTo(floor) < 0 ? floor : three;
    }

    /** The stage's HLS output: of its live stream, or of its latest one. */
    public Optional<HlsSegmenter> hls(long stageId) {
        return Optional.ofNullable(hls.get(stageId));
    }

    /** Whether streams are packaged as LL-HLS: switched on and configured with valid values. */
    public boolean llhlsEnabled() {
        return llhlsSettings != null;
    }

    /**
     * The LL-HLS settings, checked once: invalid values switch LL-HLS off with one log line instead of
     * failing every publish.
     */
    static CmafSettings llhlsSettings(RtmpConfig config) {
        if (!config.llhlsEnabled()) {
            return null;
        }
        try {
            if (config.llhlsWindow() < 3) {
                throw new IllegalArgumentException("marquee.rtmp.llhls.window must be at least 3");
            }
            return new CmafSettings(config.llhlsPartTarget().toMillis(), config.llhlsSegmentTarget().toMillis());
        } catch (IllegalArgumentException e) {
            LOG.severe(() -> "LL-HLS is off: " + e.getMessage() + " (marquee.rtmp.llhls.*, docs/operations.md)");
            return null;
        }
    }

    /** Recording's packaging when LL-HLS is off: LL-HLS's targets if they are valid, else 250 ms parts of 2 s segments. */
    static CmafSettings recordingSettings(RtmpConfig config) {
        try {
            return new CmafSettings(config.llhlsPartTarget().toMillis(), config.llhlsSegmentTarget().toMillis());
        } catch (IllegalArgumentException e) {
            return new CmafSettings(250, 2000);
        }
    }

    /** The stage's LL-HLS output: of its live stream, or of its latest one. */
    public Optional<LlHlsWindow> llhls(long stageId) {
        return Optional.ofNullable(llhls.get(stageId));
    }

    /** Forgets what the stage streamed (the stage is gone). */
    public void forget(long stageId) {
        hls.remove(stageId);
        llhls.remove(stageId);
        viewers.remove(stageId);
    }

    private void started(LiveStream stream) {
        LOG.info(() -> "Stage " + stream.stageId() + " is live (publisher " + stream.publisher().remote() + ")");
        HlsSegmenter segmenter = new HlsSegmenter("stage " + stream.stageId(), hlsSettings());
        hls.put(stream.stageId(), segmenter);
        stream.subscribe(new Packaging(segmenter, cmaf(stream)));
        if (!stream.publisher().relayed()) {
            coach.watch(stream, llhlsSettings != null ? llhlsSettings.segmentTargetMillis() : 0);
            announce(stream.stageId(), true);
        }
    }

    private HlsSettings hlsSettings() {
        return HlsSettings.defaults()
                .withTargetDurationMillis(config.hlsSegmentDuration().toMillis())
                .withWindowSize(config.hlsWindow());
    }

    /** A rendition stream's own HLS and LL-HLS output (never recorded: the recording is the source's). */
    private Renditions.Outputs packageRendition(LiveStream stream, String label) {
        HlsSegmenter segmenter = new HlsSegmenter(label, hlsSettings());
        LlHlsWindow window = null;
        CmafPackager packager = null;
        if (llhlsSettings != null) {
            window = new LlHlsWindow(Long.toString(stream.startedAt().toEpochMilli(), Character.MAX_RADIX),
                    llhlsSettings, config.llhlsWindow(), llhlsWaiter);
            packager = new CmafPackager(label, llhlsSettings, System::currentTimeMillis, window);
        }
        stream.subscribe(new Packaging(segmenter, packager));
        return new Renditions.Outputs(segmenter, window);
    }

    /** Feeds a stream to its HLS segmenter and its CMAF packager (if any). */
    private record Packaging(HlsSegmenter segmenter, CmafPackager packager) implements StreamSubscriber {
        @Override
        public void accept(MediaPacket packet) {
            segmenter.accept(packet);
            if (packager != null) {
                packager.accept(packet);
            }
        }

        @Override
        public void end() {
            segmenter.end();
            if (packager != null) {
                packager.end();
            }
        }
    }

    /**
     * The stream's CMAF packager, feeding its LL-HLS window (when LL-HLS is on) and its recording (when
     * this instance holds the publisher and the stage records); null when neither. The stream id in media
     * file names is the stream's start in base 36, so a stage's next stream never reuses an address.
     */
    private CmafPackager cmaf(LiveStream stream) {
        List<CmafListener> listeners = new ArrayList<>(2);
        CmafSettings settings = llhlsSettings;
        if (settings != null) {
            String id = Long.toString(stream.startedAt().toEpochMilli(), Character.MAX_RADIX);
            LlHlsWindow window = new LlHlsWindow(id, settings, config.llhlsWindow(), llhlsWaiter);
            llhls.put(stream.stageId(), window);
            listeners.add(window);
        }
        if (!stream.publisher().relayed()) {
            recorder.begin(stream.stageId(), stream.startedAt()).ifPresent(w -> listeners.add(new CmafRecording(w)));
        }
        if (listeners.isEmpty()) {
            return null;
        }
        CmafSettings packaging = settings != null ? settings : recordingSettings;
        CmafListener listener = listeners.size() == 1 ? listeners.get(0) : new CmafTee(listeners);
        return new CmafPackager("stage " + stream.stageId(), packaging, System::currentTimeMillis, listener);
    }

    private void stopped(LiveStream stream) {
        if (stream.publisher().relayed()) {
            LOG.info(() -> "Stage " + stream.stageId() + " is no longer relayed here");
            return;
        }
        LOG.info(() -> "Stage " + stream.stageId() + " is off air");
        coach.unwatch(stream);
        cluster.originStopped(stream.stageId());
        announce(stream.stageId(), false);
    }

    private void announce(long stageId, boolean live) {
        StageLiveChanged change = new StageLiveChanged(stageId, live, clock.instant());
        executor.execute(() -> liveChanges.fireAsync(change));
    }
}
