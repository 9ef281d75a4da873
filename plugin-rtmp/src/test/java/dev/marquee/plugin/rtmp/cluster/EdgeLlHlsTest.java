package dev.marquee.plugin.rtmp.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.plugin.rtmp.cmaf.CmafPackager;
import dev.marquee.plugin.rtmp.cmaf.CmafSettings;
import dev.marquee.plugin.rtmp.cmaf.Mp4Boxes;
import dev.marquee.plugin.rtmp.cmaf.Recorder;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.LiveStreams;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.StreamSubscriber;
import dev.marquee.plugin.rtmp.testsupport.FlvFileReader;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edge packaging a stream pulled over HTTP-FLV from a real local server makes the same parts as the
 * origin (same media, same boundaries, once the edge's first segment is behind it), each at most one
 * part duration after the origin's.
 */
class EdgeLlHlsTest {

    private static final long STAGE = 9;
    @TempDir
    static Path work;
    static List<MediaPacket> encoded;

    private FakeOrigin origin;

    @BeforeAll
    static void encode() throws Exception {
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100", "-t", "6", "-c:v", "libx264",
                "-preset", "veryfast", "-g", "25", "-c:a", "aac", "-f", "flv", "input.flv")
                .directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(ffmpeg.getInputStream().readAllBytes());
        assertThat(ffmpeg.waitFor()).as(output).isZero();
        encoded = FlvFileReader.read(work.resolve("input.flv"));
    }

    @AfterEach
    void stopOrigin() {
        if (origin != null) {
            origin.close();
        }
    }

    private static StreamSubscriber feeding(CmafPackager packager) {
        return new StreamSubscriber() {
            @Override
            public void accept(MediaPacket packet) {
                packager.accept(packet);
            }

            @Override
            public void end() {
                packager.end();
            }
        };
    }

    @Test
    void theEdgeServesTheSamePartsAtMostOnePartLater() throws Exception {
        origin = new FakeOrigin();
        LiveStream published = new LiveStream(STAGE, new EdgePullerTest.Encoder(), Instant.now(), 16_000_000);
        origin.stream = published;
        Recorder atOrigin = new Recorder();
        published.subscribe(feeding(new CmafPackager("origin", CmafSettings.defaults(), System::currentTimeMillis, atOrigin)));
        Recorder atEdge = new Recorder();
        LiveStreams edgeStreams = new LiveStreams(Clock.systemUTC(), 16_000_000,
                s -> s.subscribe(feeding(new CmafPackager("edge", CmafSettings.defaults(), System::currentTimeMillis,
                        atEdge))), s -> { });

        long start = System.nanoTime();
        EdgePuller puller = null;
        for (MediaPacket packet : encoded) {
            long due = start + TimeUnit.MILLISECONDS.toNanos(Integer.toUnsignedLong(packet.timestamp()));
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (packet.kind() == MediaPacket.Kind.DATA) {
                published.metadata(packet, Map.of());
            } else {
                published.publish(packet);
            }
            if (puller == null && packet.timestamp() > 1_500) { // the edge joins mid-stream
                puller = new EdgePuller(STAGE, origin.uri("/live.flv"), "edge", HttpClient.newHttpClient(), edgeStreams,
                        Duration.ofSeconds(5), 1 << 20);
                Thread pulling = new Thread(puller::run, "test-edge");
                pulling.start();
                assertThat(puller.started().get(10, TimeUnit.SECONDS)).isTrue();
            }
        }
        published.end();
        assertThat(edgeStreams.find(STAGE)).isPresent();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!atEdge.ended && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        Map<Long, Recorder.TimedPart> originByStart = new HashMap<>();
        atOrigin.parts.forEach(p -> originByStart.put(videoStart(p), p));
        long firstFullSegment = atEdge.segments.get(1).sequence();
        List<Recorder.TimedPart> compared = atEdge.parts.stream()
                .filter(p -> p.part().sequence() >= firstFullSegment).toList();
        assertThat(compared).hasSizeGreaterThanOrEqualTo(16);
        for (Recorder.TimedPart edgePart : compared) {
            Recorder.TimedPart originPart = originByStart.get(videoStart(edgePart));
            assertThat(originPart).as("a part starting at %d at the origin", videoStart(edgePart)).isNotNull();
            assertThat(edgePart.part().durationMicros()).isEqualTo(originPart.part().durationMicros());
            assertThat(edgePart.part().independent()).isEqualTo(originPart.part().independent());
            assertThat(mdat(edgePart.part().bytes())).isEqualTo(mdat(originPart.part().bytes()));
            long laterMillis = TimeUnit.NANOSECONDS.toMillis(edgePart.nanos() - originPart.nanos());
            assertThat(laterMillis).as("the edge's part comes at most one part after the origin's").isLessThan(250);
        }
    }

    private static long videoStart(Recorder.TimedPart part) {
        return Mp4Boxes.decodeTimes(part.part().bytes()).get(0)[1];
    }

    private static byte[] mdat(byte[] fragment) {
        Mp4Boxes.Box box = Mp4Boxes.find(fragment, "mdat").get(0);
        return Arrays.copyOfRange(fragment, box.contentOffset(), box.offset() + box.size());
    }
}
