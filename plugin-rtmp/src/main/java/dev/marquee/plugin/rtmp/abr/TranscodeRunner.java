package dev.marquee.plugin.rtmp.abr;

import dev.marquee.platform.spi.cluster.ClusterTopic;
import dev.marquee.platform.spi.cluster.ClusterTopics;
import dev.marquee.platform.spi.events.PlatformStarted;
import dev.marquee.platform.spi.events.StageLiveChanged;
import dev.marquee.plugin.rtmp.RtmpConfig;
import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.cluster.StageSignals;
import dev.marquee.plugin.rtmp.media.LiveStream;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the transcoders of the stages live on this instance (where their publisher is connected): when a
 * stage with its ladder switched on goes live, one {@link Transcoder}; when it goes off air, or the ladder is
 * switched off or changed, that transcoder stops (and a changed ladder starts anew). A change made through any
 * instance reaches the one holding the publisher over the data grid ({@link StageSignals}). Supervision,
 * restarts and CPU sampling (every {@value #SAMPLE_SECONDS} s) run on one {@code marquee-abr} thread.
 */
@ApplicationScoped
public class TranscodeRunner {

    private static final Logger LOG = Logger.getLogger(TranscodeRunner.class.getName());
    static final int SAMPLE_SECONDS = 2;

    @Inject
    StreamHub hub;

    @Inject
    Transcoding transcoding;

    @Inject
    TranscodeConfig config;

    @Inject
    RtmpConfig rtmp;

    @Inject
    ClusterTopics topics;

    @Resource
    ManagedExecutorService blocking;

    private final Map<Long, Transcoder> running = new HashMap<>();
    private ScheduledExecutorService scheduler;
    private Transcoder.Context context;
    private volatile StageSignals signals;
    private ClusterTopic.Registration registration;

    @PostConstruct
    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "marquee-abr");
            t.setDaemon(true);
            return t;
        });
        int keyframeSeconds = (int) Math.max(1, rtmp.llhlsSegmentTarget().toSeconds());
        context = new Transcoder.Context(config.ffmpeg(), "rtmp://127.0.0.1:" + rtmp.port() + "/live", keyframeSeconds,
                config.sourceQueueBytes(), hub.renditions(), scheduler, config.backoffFirst(), config.backoffMax(),
                Clock.systemUTC());
        scheduler.scheduleWithFixedDelay(this::sample, SAMPLE_SECONDS, SAMPLE_SECONDS, TimeUnit.SECONDS);
    }

    /** Listens for setting changes made through other instances, once the grid is up. */
    void joinGrid(@Observes PlatformStarted platform) {
        try {
            StageSignals joined = new StageSignals(topics, "rtmp.transcode");
            registration = joined.listen(stageId -> blocking.execute(() -> sync(stageId)));
            signals = joined;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Transcoding changes take effect only on the instance that made them", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (registration != null) {
            registration.close();
        }
        running.values().forEach(Transcoder::stop);
        running.clear();
        scheduler.shutdown(); // the kills Transcoder.stop scheduled still run
    }

    void liveChanged(@ObservesAsync StageLiveChanged change) {
        sync(change.stageId());
    }

    /** A stage's setting changed: its transcoder follows here and on the instance holding its publisher. */
    public void changed(long stageId) {
        sync(stageId);
        StageSignals s = signals;
        if (s != null) {
            try {
                s.changed(stageId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not tell the other instances that stage " + stageId
                        + "'s transcoding changed", e);
            }
        }
    }

    /** Brings the stage's transcoder in line with its setting and whether it is live here now. */
    public synchronized void sync(long stageId) {
        Optional<LiveStream> live = hub.streams().find(stageId).filter(s -> !s.publisher().relayed() && !s.ended());
        Optional<TranscodeSetting> wanted = live.isEmpty() ? Optional.empty()
                : transcoding.of(stageId).filter(TranscodeSetting::enabled);
        Transcoder current = running.get(stageId);
        if (current != null && (wanted.isEmpty() || current.source() != live.orElse(null)
                || !current.ladder().equals(wanted.get().ladder()))) {
            current.stop();
            running.remove(stageId);
            hub.renditions().clear(stageId);
            current = null;
        }
        if (current == null && wanted.isPresent()) {
            Transcoder t = new Transcoder(stageId, live.get(), wanted.get().ladder(), context);
            running.put(stageId, t);
            t.start();
        }
    }

    /** The stage's transcoder here: idle when it has none. */
    public synchronized TranscoderStatus status(long stageId) {
        Transcoder t = running.get(stageId);
        return t == null ? TranscoderStatus.idle() : t.status();
    }

    /** Stops a deleted stage's transcoder, everywhere. */
    public void forget(long stageId) {
        changed(stageId);
    }

    private void sample() {
        List<Transcoder> all;
        synchronized (this) {
            all = List.copyOf(running.values());
        }
        all.forEach(Transcoder::sampleCpu);
    }
}
