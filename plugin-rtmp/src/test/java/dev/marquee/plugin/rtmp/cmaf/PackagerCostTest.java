package dev.marquee.plugin.rtmp.cmaf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.plugin.rtmp.hls.Ffmpeg;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.testsupport.FlvFileReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What packaging costs the publisher's thread: 20 s of 720p30 H.264 at 3 Mbit/s with AAC, packaged
 * repeatedly; prints the CPU time per second of media and fails only if it is absurd (a tenth of real time).
 */
class PackagerCostTest {

    @TempDir
    Path work;

    @Test
    void packagingCostsAFractionOfAMillisecondPerSecondOfMedia() throws Exception {
        Ffmpeg.check(work, "ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", "20", "-c:v", "libx264",
                "-preset", "ultrafast", "-b:v", "3M", "-g", "60", "-c:a", "aac", "-f", "flv", "input.flv");
        List<MediaPacket> packets = FlvFileReader.read(work.resolve("input.flv"));
        long bytes = packets.stream().mapToLong(MediaPacket::size).sum();
        int rounds = 30;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            CmafPackager packager = new CmafPackager("cost", CmafSettings.defaults(), () -> 0L, new Recorder());
            packets.forEach(packager::accept);
            packager.end();
            best = Math.min(best, System.nanoTime() - start);
        }
        double microsPerMediaSecond = best / 1000.0 / 20;
        System.out.printf("CMAF packaging: %.0f us of one core per second of media (%.1f Mbit/s, %d packets)%n",
                microsPerMediaSecond, bytes * 8 / 20 / 1e6, packets.size());
        assertThat(microsPerMediaSecond).isLessThan(100_000);
    }
}
