package dev.marquee.platform.application.recording;

import dev.marquee.platform.domain.model.recording.SegmentEntry;
import dev.marquee.platform.spi.recording.RecordingStore;
import dev.marquee.platform.spi.recording.RecordingWriter;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes one recording: the media thread queues each init and segment (keeping the packager's byte
 * arrays, no copy) and returns; one task at a time on core's executor stores each object and then
 * indexes it, in order. What is queued is bounded ({@code marquee.recordings.queue-mb}): a store that
 * falls that far behind, fails (disk full, bucket gone) or a quota used up stops the recording, marks
 * it failed with the reason, and drops the rest; the live stream never waits for any of it.
 */
public final class RecordingLane implements RecordingWriter {

    private static final Logger LOG = Logger.getLogger(RecordingLane.class.getName());

    private final long stageId;
    private volatile long recordingId;
    private final RecordingStore store;
    private final RecordingSteps steps;
    private final RecordingQuota quota;
    private final Executor executor;
    private final long maxQueued;
    private final Queue<Step> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile String stopped;

    /** One thing to store, of {@code bytes} bytes. */
    private interface Step {
        long bytes();

        void run() throws IOException;
    }

    /**
     * A lane for a new recording of the stage's stream that started at {@code startedAt}: its first step
     * makes the recording's row (so the media thread never waits for the database), or, when the stage is
     * gone or its recording is off, stops the lane quietly.
     */
    public RecordingLane(long stageId, Instant startedAt, RecordingStore store, RecordingSteps steps,
            RecordingQuota quota, Executor executor, long maxQueued) {
        this.stageId = stageId;
        this.store = store;
        this.steps = steps;
        this.quota = quota;
        this.executor = executor;
        this.maxQueued = maxQueued;
        offer(new Step() {
            @Override
            public long bytes() {
                return 0;
            }

            @Override
            public void run() {
                Optional<Long> id = steps.start(stageId, store.id(), startedAt);
                if (id.isEmpty()) {
                    stopped = "not recorded";
                    LOG.info(() -> "Stage " + stageId + " is not recorded (its Record setting is off, or it is gone)");
                    return;
                }
                recordingId = id.get();
                LOG.info(() -> "Recording stage " + stageId + " as recording " + recordingId + " (store " + store.id() + ")");
            }
        });
    }

    /** The recording's id once its row is made, else 0. */
    public long recordingId() {
        return recordingId;
    }

    @Override
    public void init(int version, byte[] bytes, String codecs, int width, int height) {
        offer(new Step() {
            @Override
            public long bytes() {
                return bytes.length;
            }

            @Override
            public void run() throws IOException {
                take(bytes.length);
                store.write(recordingId + "/init-" + version + ".mp4", List.of(bytes));
                steps.initStored(recordingId, version, codecs, width, height, bytes.length);
            }
        });
    }

    @Override
    public void segment(long sequence, long wallClockMillis, long durationMicros, boolean discontinuity, int initVersion,
            List<byte[]> parts) {
        long size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        SegmentEntry entry = new SegmentEntry(sequence, wallClockMillis, durationMicros, (int) size, discontinuity,
                initVersion);
        long bytes = size;
        offer(new Step() {
            @Override
            public long bytes() {
                return bytes;
            }

            @Override
            public void run() throws IOException {
                take(bytes);
                store.write(recordingId + "/" + sequence + ".m4s", parts);
                steps.segmentStored(recordingId, entry);
            }
        });
    }

    @Override
    public void end() {
        offer(new Step() {
            @Override
            public long bytes() {
                return 0;
            }

            @Override
            public void run() {
                steps.complete(recordingId);
            }
        });
    }

    /** Why the recording stopped, or null while it goes on. */
    public String stopped() {
        return stopped;
    }

    private void offer(Step step) {
        if (stopped != null) {
            return;
        }
        if (queued.addAndGet(step.bytes()) > maxQueued) {
            queued.addAndGet(-step.bytes());
            stop("The recording store did not keep up: more than " + (maxQueued >> 20)
                    + " MB were waiting to be written (marquee.recordings.queue-mb)");
            return;
        }
        queue.add(step);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Step step;
            while ((step = queue.poll()) != null) {
                queued.addAndGet(-step.bytes());
                if (stopped != null) {
                    continue;
                }
                try {
                    step.run();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Recording " + recordingId + " stopped", e);
                    stop("Writing to the recording store failed: " + e.getMessage());
                }
            }
        } finally {
            draining.set(false);
        }
        if (!queue.isEmpty() && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void take(long bytes) throws IOException {
        if (!quota.take(bytes)) {
            throw new IOException("the recordings quota of " + (quota.limit() >> 20)
                    + " MB is used up (marquee.recordings.quota-mb)");
        }
    }

    private void stop(String reason) {
        if (stopped != null) {
            return;
        }
        stopped = reason;
        LOG.warning(() -> "Recording " + recordingId + " of stage " + stageId + " stopped: " + reason
                + "; the live stream goes on");
        if (recordingId == 0) {
            return; // stopped before its row was made (the step that makes it is dropped)
        }
        executor.execute(() -> {
            try {
                steps.fail(recordingId, reason);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not mark recording " + recordingId + " as failed", e);
            }
        });
    }
}
