package dev.marquee.platform.application.recording;

import dev.marquee.platform.builtin.DirectoryRecordingStore;
import dev.marquee.platform.domain.model.recording.SegmentEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordingLaneTest {

    /** The database steps, remembered instead of written. */
    static final class Steps extends RecordingSteps {
        final List<String> done = new ArrayList<>();

        @Override
        public Optional<Long> start(long stageId, String store, Instant startedAt) {
            done.add("start " + stageId);
            return Optional.of(42L);
        }

        @Override
        public void initStored(long recordingId, int version, String codecs, int width, int height, long size) {
            done.add("init " + recordingId + "/" + version + " " + size);
        }

        @Override
        public void segmentStored(long recordingId, SegmentEntry entry) {
            done.add("segment " + recordingId + "/" + entry.sequence() + " " + entry.sizeBytes());
        }

        @Override
        public void complete(long recordingId) {
            done.add("complete " + recordingId);
        }

        @Override
        public void fail(long recordingId, String reason) {
            done.add("fail " + recordingId + ": " + reason);
        }
    }

    @TempDir
    Path dir;

    @Test
    void segmentsAreStoredThenIndexedInOrder() throws IOException {
        Steps steps = new Steps();
        DirectoryRecordingStore store = new DirectoryRecordingStore(dir);
        RecordingLane lane = new RecordingLane(5, Instant.EPOCH, store, steps, new RecordingQuota(0), Runnable::run, 1 << 20);
        lane.init(0, new byte[] {1, 2, 3}, "avc1.64001f", 640, 360);
        lane.segment(0, 1000, 2_000_000, false, 0, List.of(new byte[] {4, 5}, new byte[] {6}));
        lane.end();

        assertThat(steps.done).containsExactly("start 5", "init 42/0 3", "segment 42/0 3", "complete 42");
        try (InputStream in = store.read("42/0.m4s")) {
            assertThat(in.readAllBytes()).containsExactly(4, 5, 6);
        }
        assertThat(Files.readAllBytes(dir.resolve("42/init-0.mp4"))).containsExactly(1, 2, 3);
    }

    @Test
    void aFailingStoreStopsTheRecordingWithTheReasonAndDropsTheRest() {
        Steps steps = new Steps();
        DirectoryRecordingStore store = new DirectoryRecordingStore(dir.resolve("file"));
        try {
            Files.writeString(dir.resolve("file"), "not a directory");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        RecordingLane lane = new RecordingLane(5, Instant.EPOCH, store, steps, new RecordingQuota(0), Runnable::run, 1 << 20);
        lane.segment(0, 1000, 2_000_000, false, 0, List.of(new byte[10]));
        lane.segment(1, 3000, 2_000_000, false, 0, List.of(new byte[10]));
        lane.end();

        assertThat(steps.done).hasSize(2);
        assertThat(steps.done.get(1)).startsWith("fail 42: Writing to the recording store failed");
        assertThat(lane.stopped()).isNotNull();
    }

    @Test
    void theQuotaStopsARecordingThatWouldPassIt() {
        Steps steps = new Steps();
        RecordingLane lane = new RecordingLane(5, Instant.EPOCH, new DirectoryRecordingStore(dir), steps,
                new RecordingQuota(15), Runnable::run, 1 << 20);
        lane.segment(0, 1000, 2_000_000, false, 0, List.of(new byte[10]));
        lane.segment(1, 3000, 2_000_000, false, 0, List.of(new byte[10]));

        assertThat(steps.done.get(1)).isEqualTo("segment 42/0 10");
        assertThat(steps.done.get(2)).contains("quota");
    }

    @Test
    void aStoreThatFallsBehindIsGivenUpWithoutWaiting() {
        Steps steps = new Steps();
        List<Runnable> pending = new ArrayList<>();
        RecordingLane lane = new RecordingLane(5, Instant.EPOCH, new DirectoryRecordingStore(dir), steps,
                new RecordingQuota(0), pending::add, 25);
        for (int i = 0; i < 5; i++) {
            lane.segment(i, 1000 + i * 2000L, 2_000_000, false, 0, List.of(new byte[10]));
        }
        assertThat(lane.stopped()).contains("did not keep up");
    }

    @Test
    void theDirectoryStoreRefusesKeysThatLeaveItsFolder() {
        DirectoryRecordingStore store = new DirectoryRecordingStore(dir);
        for (String key : new String[] {"../x", "a/../../x", "/etc/passwd", "a//b", "", "a\\b"}) {
            assertThatThrownBy(() -> store.write(key, List.of(new byte[1]))).as(key).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> store.read("1/missing.m4s")).isInstanceOf(NoSuchFileException.class);
    }
}
