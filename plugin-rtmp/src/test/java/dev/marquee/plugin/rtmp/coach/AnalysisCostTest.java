package dev.marquee.plugin.rtmp.coach;

import dev.marquee.platform.spi.media.IngestReport;
import dev.marquee.plugin.rtmp.hls.Ffmpeg;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.testsupport.FlvFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach on what a real encoder sends: 20 s of 720p30 H.264 from ffmpeg's x264 with B-frames and a
 * 2 s GOP, with AAC. It finds the B-frames, the keyframe interval, the rate and the audio format; and
 * what it costs the publisher's thread per tag: the time (printed, for docs/benchmarks.md) and the heap
 * allocation, which must be none.
 */
class AnalysisCostTest {

    @TempDir
    Path work;

    @Test
    void aRealStreamIsMeasuredAtNoAllocationPerTag() throws Exception {
        Ffmpeg.check(work, "ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", "20", "-c:v", "libx264",
                "-preset", "veryfast", "-bf", "2", "-b:v", "3M", "-g", "60", "-sc_threshold", "0",
                "-c:a", "aac", "-ac", "2", "-f", "flv", "input.flv");
        List<MediaPacket> packets = FlvFileReader.read(work.resolve("input.flv"));

        long[] clock = {SyntheticIngestClock.START};
        StreamAnalysis analysis = new StreamAnalysis(1, clock[0], () -> clock[0],
                () -> Map.of("width", 1280.0, "height", 720.0, "framerate", 30.0), CoachSettings.of(2000));
        IngestReport report = null;
        long nextTick = clock[0] + 1000;
        for (MediaPacket packet : packets) {
            clock[0] = SyntheticIngestClock.START + Math.max(0, packet.timestamp());
            while (clock[0] >= nextTick) {
                report = analysis.tick();
                nextTick += 1000;
            }
            analysis.accept(packet);
        }
        assertThat(report).isNotNull();
        assertThat(report.video().codec()).isEqualTo("h264");
        assertThat(report.video().bFrames()).isTrue();
        assertThat(report.video().keyframeInterval()).isEqualTo(2.0);
        assertThat(report.video().fps()).isBetween(29.0, 31.0);
        assertThat(report.audio().sampleRate()).isEqualTo(48_000);
        assertThat(report.audio().channels()).isEqualTo(2);
        assertThat(report.warnings()).extracting(w -> w.code()).containsExactly("b_frames");

        IngestCounters counters = new IngestCounters(0);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int rounds = 200;
        long best = Long.MAX_VALUE;
        long allocated = 0;
        for (int round = 0; round < rounds; round++) {
            long bytesBefore = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            for (int i = 0; i < packets.size(); i++) {
                counters.accept(packets.get(i), 42);
            }
            best = Math.min(best, System.nanoTime() - start);
            if (round >= rounds / 2) {
                allocated += threads.getThreadAllocatedBytes(thread) - bytesBefore;
            }
        }
        double nanosPerTag = (double) best / packets.size();
        System.out.printf("Encoder coach: %.1f ns per tag, %.1f us of one core per second of media "
                        + "(%d tags in 20 s), %d bytes allocated per round%n",
                nanosPerTag, best / 1000.0 / 20, packets.size(), allocated / (rounds / 2));
        // any allocation per tag would be at least 16 bytes a tag; the stream's one AAC configuration allocates a few
        assertThat(allocated / (rounds / 2)).as("heap bytes allocated per round of %d tags", packets.size())
                .isLessThan(packets.size());
    }

    /** The fake wall clock's start. */
    private static final class SyntheticIngestClock {
        static final long START = SyntheticIngest.START;
    }
}
