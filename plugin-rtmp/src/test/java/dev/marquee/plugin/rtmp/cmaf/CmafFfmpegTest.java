package dev.marquee.plugin.rtmp.cmaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.marquee.plugin.rtmp.hls.Ffmpeg;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.testsupport.FlvFileReader;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds an FLV that ffmpeg encoded (8 s of 640x360 H.264 at 25 fps with 2 s GOPs, 44.1 kHz AAC)
 * through the packager as a publisher would send it, and has ffprobe and ffmpeg read the init segment
 * with parts, the segments as one file, and an LL-HLS playlist of them.
 */
class CmafFfmpegTest {

    @TempDir
    static Path encoded;
    static List<MediaPacket> packets;

    @TempDir
    Path output;

    @BeforeAll
    static void encode() throws Exception {
        Ffmpeg.check(encoded, "ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100", "-t", "8",
                "-c:v", "libx264", "-preset", "veryfast", "-g", "50", "-bf", "2", "-c:a", "aac", "-b:a", "96k",
                "-f", "flv", "input.flv");
        packets = FlvFileReader.read(encoded.resolve("input.flv"));
    }

    static Recorder packageAll(List<MediaPacket> input) {
        Recorder recorder = new Recorder();
        CmafPackager packager = new CmafPackager("ffmpeg-test", CmafSettings.defaults(), () -> 1_700_000_000_000L, recorder);
        input.forEach(packager::accept);
        packager.end();
        return recorder;
    }

    @Test
    void theInitSegmentDescribesTheTracks() throws Exception {
        Recorder recorder = packageAll(packets);
        CmafInit init = recorder.inits.get(0);
        assertThat(recorder.inits).hasSize(1);
        assertThat(init.codecs()).matches("avc1\\.64[0-9a-f]{4},mp4a\\.40\\.2");
        assertThat(init.width()).isEqualTo(640);
        assertThat(init.height()).isEqualTo(360);
        Files.write(output.resolve("init.mp4"), init.bytes());

        Map<String, JsonObject> streams = codecs(Ffmpeg.probe(output, "init.mp4"));
        assertThat(streams.get("h264").getInt("width")).isEqualTo(640);
        assertThat(streams.get("aac").getString("sample_rate")).isEqualTo("44100");
    }

    @Test
    void theInitSegmentAndTheFirstPartsDecode() throws Exception {
        Recorder recorder = packageAll(packets);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(recorder.inits.get(0).bytes());
        List<Recorder.TimedPart> firstParts = recorder.parts.subList(0, 4);
        firstParts.forEach(p -> file.writeBytes(p.part().bytes()));
        Files.write(output.resolve("parts.mp4"), file.toByteArray());

        Map<String, JsonObject> streams = codecs(Ffmpeg.probe(output, "parts.mp4"));
        assertThat(frames(streams.get("h264"))).isEqualTo(24); // four parts of six frames
        assertThat(frames(streams.get("aac"))).isBetween(38, 44);
        Ffmpeg.check(output, "ffmpeg", "-v", "error", "-i", "parts.mp4", "-f", "null", "-");
    }

    @Test
    void theSegmentsMakeOneFileThatDecodesWhole() throws Exception {
        Recorder recorder = packageAll(packets);
        Files.write(output.resolve("all.mp4"), recorder.file());

        JsonObject probe = Ffmpeg.probe(output, "all.mp4");
        Map<String, JsonObject> streams = codecs(probe);
        assertThat(frames(streams.get("h264"))).isEqualTo(200);
        long audioFrames = packets.stream().filter(p -> p.isAac() && !p.isSequenceHeader()).count();
        assertThat(frames(streams.get("aac"))).isEqualTo((int) audioFrames);
        assertThat(Double.parseDouble(probe.getJsonObject("format").getString("duration"))).isCloseTo(8.0, within(0.2));
        Ffmpeg.check(output, "ffmpeg", "-v", "error", "-i", "all.mp4", "-f", "null", "-");
    }

    @Test
    void partsAndSegmentsAreCutAsTheRulesSay() {
        Recorder recorder = packageAll(packets);

        assertThat(recorder.segments).hasSize(4);
        for (CmafSegment segment : recorder.segments) {
            assertThat(segment.durationMicros()).isEqualTo(2_000_000);
            assertThat(segment.independent()).isTrue();
            for (CmafPart part : segment.parts()) {
                assertThat(part.durationMicros()).isLessThanOrEqualTo(250_000);
                if (part.index() < segment.parts().size() - 1) {
                    assertThat(part.durationMicros()).as("Apple: at least 85%% of PART-TARGET but the last")
                            .isGreaterThanOrEqualTo(212_500);
                }
                assertThat(part.independent()).isEqualTo(part.index() == 0);
            }
        }
        long expectedVideo = 0;
        long expectedAudio = -1;
        for (Recorder.TimedPart timed : recorder.parts) {
            byte[] bytes = timed.part().bytes();
            assertThat(Mp4Boxes.top(bytes)).extracting(Mp4Boxes.Box::type).containsExactly("moof", "mdat");
            for (long[] trackTime : Mp4Boxes.decodeTimes(bytes)) {
                if (trackTime[0] == 1) {
                    assertThat(trackTime[1]).as("video tfdt continues").isEqualTo(expectedVideo);
                    expectedVideo += Mp4Boxes.duration(bytes, 1);
                } else {
                    if (expectedAudio >= 0) {
                        assertThat(trackTime[1]).as("audio tfdt continues").isEqualTo(expectedAudio);
                    }
                    expectedAudio = trackTime[1] + Mp4Boxes.duration(bytes, 2);
                }
            }
            assertThat(Mp4Boxes.duration(bytes, 1) * 100 / 9).isEqualTo(timed.part().durationMicros());
        }
        assertThat(expectedVideo).isEqualTo(8 * 90_000);
    }

    private static Map<String, JsonObject> codecs(JsonObject probe) {
        return probe.getJsonArray("streams").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("codec_name"), Function.identity()));
    }

    private static int frames(JsonObject stream) {
        return Integer.parseInt(stream.getString("nb_read_frames"));
    }
}
