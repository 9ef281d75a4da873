package dev.marquee.platform.application.recording;

import dev.marquee.platform.spi.recording.Recorder;
import dev.marquee.platform.spi.recording.RecordingStore;
import dev.marquee.platform.spi.recording.RecordingWriter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/** Starts recordings for media providers (see {@link Recorder}). */
@ApplicationScoped
public class RecorderService implements Recorder {

    private static final Logger LOG = Logger.getLogger(RecorderService.class.getName());

    @Inject
    RecordingConfig config;

    @Inject
    RecordingStores stores;

    @Inject
    RecordingSteps steps;

    @Resource
    ManagedExecutorService executor;

    private RecordingQuota quota;

    @PostConstruct
    void init() {
        quota = new RecordingQuota(config.quotaBytes());
    }

    @Override
    public Optional<RecordingWriter> begin(long stageId, Instant startedAt) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        Optional<RecordingStore> store = stores.current();
        if (store.isEmpty()) {
            return Optional.empty();
        }
        if (quota.full()) {
            LOG.warning(() -> "Not recording stage " + stageId + ": the recordings quota of "
                    + (quota.limit() >> 20) + " MB is used up (marquee.recordings.quota-mb)");
            return Optional.empty();
        }
        return Optional.of(new RecordingLane(stageId, startedAt, store.get(), steps, quota, executor, config.queueBytes()));
    }

    /** Counts the bytes all recordings hold again (the sweep calls this too). */
    public void recount() {
        quota.counted(steps.totalBytes());
    }
}
