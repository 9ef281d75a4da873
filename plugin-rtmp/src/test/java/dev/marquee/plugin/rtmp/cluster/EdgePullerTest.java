package dev.marquee.plugin.rtmp.cluster;

import dev.marquee.plugin.rtmp.media.FlvFormat;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.LiveStreams;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.Publisher;
import dev.marquee.plugin.rtmp.media.StreamSubscriber;
import dev.marquee.plugin.rtmp.testsupport.FlvFileReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An edge pulling from a real local HTTP server that streams FLV of packets ffmpeg encoded. */
class EdgePullerTest {

    private static final long STAGE = 7;
    @TempDir
    static Path work;
    static List<MediaPacket> encoded;

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<LiveStream> started = new CopyOnWriteArrayList<>();
    private final List<LiveStream> stopped = new CopyOnWriteArrayList<>();
    private final LiveStreams edgeStreams = new LiveStreams(Clock.systemUTC(), 16_000_000, started::add, stopped::add);
    private FakeOrigin origin;

    static final class Recorder implements StreamSubscriber {
        final List<MediaPacket> packets = new CopyOnWriteArrayList<>();
        final CountDownLatch ended = new CountDownLatch(1);

        @Override
        public void accept(MediaPacket packet) {
            packets.add(packet);
        }

        @Override
        public void end() {
            ended.countDown();
        }
    }

    static final class Encoder implements Publisher {
        @Override
        public String remote() {
            return "ffmpeg";
        }

        @Override
        public void disconnect(String reason) {
            // nothing to cut
        }
    }

    @BeforeAll
    static void encode() throws Exception {
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100", "-t", "2", "-c:v", "libx264",
                "-preset", "veryfast", "-g", "25", "-c:a", "aac", "-f", "flv", "input.flv")
                .directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(ffmpeg.getInputStream().readAllBytes());
        assertThat(ffmpeg.waitFor()).as(output).isZero();
        encoded = FlvFileReader.read(work.resolve("input.flv"));
        assertThat(encoded).hasSizeGreaterThan(50);
    }

    @AfterEach
    void stopOrigin() {
        if (origin != null) {
            origin.close();
        }
    }

    private EdgePuller puller(URI source) {
        return new EdgePuller(STAGE, source, "edge-instance", client, edgeStreams, Duration.ofSeconds(5), 1 << 20);
    }

    private static Thread run(EdgePuller puller) {
        Thread thread = new Thread(puller::run, "test-edge");
        thread.start();
        return thread;
    }

    @Test
    void theEdgeStreamCarriesExactlyThePacketsOfTheOrigin() throws Exception {
        origin = new FakeOrigin();
        LiveStream published = new LiveStream(STAGE, new Encoder(), Instant.now(), 16_000_000);
        origin.stream = published;
        EdgePuller puller = puller(origin.uri("/live.flv"));
        Thread thread = run(puller);

        assertThat(puller.started().get(10, TimeUnit.SECONDS)).isTrue();
        LiveStream edge = edgeStreams.find(STAGE).orElseThrow();
        assertThat(edge.publisher().relayed()).isTrue();
        assertThat(started).containsExactly(edge);
        Recorder viewer = new Recorder();
        assertThat(edge.subscribe(viewer)).isTrue();

        for (MediaPacket packet : encoded) {
            if (packet.kind() == MediaPacket.Kind.DATA) {
                published.metadata(packet, Map.of());
            } else {
                published.publish(packet);
            }
        }
        published.end(); // the publisher stops: the origin's response ends

        assertThat(viewer.ended.await(10, TimeUnit.SECONDS)).isTrue();
        thread.join(10_000);
        assertThat(viewer.packets).hasSameSizeAs(encoded);
        for (int i = 0; i < encoded.size(); i++) {
            MediaPacket sent = encoded.get(i);
            MediaPacket got = viewer.packets.get(i);
            assertThat(got.kind()).isEqualTo(sent.kind());
            assertThat(got.timestamp()).isEqualTo(sent.timestamp());
            assertThat(got.body()).isEqualTo(sent.body());
        }
        assertThat(edge.metadataValues()).as("onMetaData read at the edge").containsEntry("width", 320.0);
        assertThat(stopped).containsExactly(edge);
        assertThat(edgeStreams.isLive(STAGE)).isFalse();
        assertThat(origin.edgeHeaders).containsExactly("edge-instance");
    }

    @Test
    void aLateViewerAtTheEdgeStartsFromTheLatestKeyframe() throws Exception {
        origin = new FakeOrigin();
        LiveStream published = new LiveStream(STAGE, new Encoder(), Instant.now(), 16_000_000);
        origin.stream = published;
        EdgePuller puller = puller(origin.uri("/live.flv"));
        run(puller);
        assertThat(puller.started().get(10, TimeUnit.SECONDS)).isTrue();
        LiveStream edge = edgeStreams.find(STAGE).orElseThrow();
        Recorder early = new Recorder();
        edge.subscribe(early);
        for (MediaPacket packet : encoded) {
            if (packet.kind() != MediaPacket.Kind.DATA) {
                published.publish(packet);
            }
        }
        int sent = (int) encoded.stream().filter(p -> p.kind() != MediaPacket.Kind.DATA).count();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (early.packets.size() < sent && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(early.packets).hasSize(sent);

        Recorder late = new Recorder();
        edge.subscribe(late);

        assertThat(late.packets.get(0).isSequenceHeader()).isTrue();
        assertThat(late.packets.stream().filter(MediaPacket::isKeyframe).findFirst()).isPresent();
        assertThat(late.packets).hasSizeLessThan(sent);
        puller.disconnect("test over");
    }

    @Test
    void anOriginAnswering404StartsNothing() throws Exception {
        origin = new FakeOrigin();
        EdgePuller puller = puller(origin.uri("/missing"));
        run(puller).join(10_000);

        assertThat(puller.started().getNow(null)).isFalse();
        assertThat(started).isEmpty();
    }

    @Test
    void anUnreachableOriginStartsNothing() throws Exception {
        EdgePuller puller = puller(URI.create("http://127.0.0.1:1/live.flv"));
        run(puller).join(10_000);

        assertThat(puller.started().getNow(null)).isFalse();
        assertThat(edgeStreams.isLive(STAGE)).isFalse();
    }

    @Test
    void aBrokenResponseEndsTheEdgeStreamAndNothingElse() throws Exception {
        origin = new FakeOrigin();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(FlvFormat.header());
        bytes.writeBytes(encoded.get(1).flvTag());
        bytes.writeBytes(new byte[] {9, 0x7f, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0, 0, 0, 0}); // an 8 MiB tag
        origin.raw = bytes.toByteArray();
        origin.rawStaysOpen = true;
        EdgePuller puller = puller(origin.uri("/raw"));
        Thread thread = run(puller);

        assertThat(puller.started().get(10, TimeUnit.SECONDS)).isTrue();
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(stopped).hasSize(1);
        assertThat(edgeStreams.isLive(STAGE)).isFalse();
    }

    @Test
    void notFlvAtAllStartsNothing() throws Exception {
        origin = new FakeOrigin();
        origin.raw = "<html>hello</html>".getBytes();
        EdgePuller puller = puller(origin.uri("/raw"));
        run(puller).join(10_000);

        assertThat(puller.started().getNow(null)).isFalse();
        assertThat(started).isEmpty();
    }

    @Test
    void disconnectingTheEdgeAbortsAPullThatWouldNeverEnd() throws Exception {
        origin = new FakeOrigin();
        origin.raw = FlvFormat.header();
        origin.rawStaysOpen = true;
        EdgePuller puller = puller(origin.uri("/raw"));
        Thread thread = run(puller);
        assertThat(puller.started().get(10, TimeUnit.SECONDS)).isTrue();

        edgeStreams.disconnect(STAGE, "no viewer left");
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(edgeStreams.isLive(STAGE)).isFalse();
    }
}
