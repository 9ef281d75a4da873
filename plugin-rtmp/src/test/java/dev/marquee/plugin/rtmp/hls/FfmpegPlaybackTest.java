package dev.marquee.plugin.rtmp.hls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.MediaPacket.Kind;
import dev.marquee.plugin.rtmp.testsupport.FlvFileReader;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds an FLV encoded by ffmpeg (8 s of 640x360 H.264 at 25 fps with 2 s GOPs, and 44.1 kHz
 * AAC) through the segmenter as an RTMP publisher would send it, writes playlist and segments to
 * disk, and has ffprobe and ffmpeg read them back.
 */
class FfmpegPlaybackTest {

    private static final int VIDEO_FRAMES = 200;

    @TempDir
    static Path encoded;
    static List<MediaPacket> packets;

    @TempDir
    Path output;

    @BeforeAll
    static void encode() throws Exception {
        Ffmpeg.check(encoded, "ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100", "-t", "8",
                "-c:v", "libx264", "-preset", "veryfast", "-g", "50", "-c:a", "aac", "-b:a", "96k",
                "-f", "flv", "input.flv");
        packets = FlvFileReader.read(encoded.resolve("input.flv"));
    }

    @Test
    void audioAndVideoPlayAsHls() throws Exception {
        Path playlist = segment(packets);

        JsonObject segmentProbe = Ffmpeg.probe(output, "seg-0.ts");
        assertThat(codecs(segmentProbe)).containsOnlyKeys("h264", "aac");
        JsonObject probe = Ffmpeg.probe(output, playlist.toString());
        Map<String, JsonObject> streams = codecs(probe);
        assertVideo(streams.get("h264"));
        assertThat(streams.get("aac").getString("sample_rate")).isEqualTo("44100");
        assertThat(streams.get("aac").getInt("channels")).isEqualTo(1);
        assertThat(frames(streams.get("aac"))).isEqualTo(count(packets, Kind.AUDIO) - 1);
        assertThat(duration(probe)).isCloseTo(8.0, within(1.0));
        Ffmpeg.check(output, "ffmpeg", "-v", "error", "-i", playlist.toString(), "-f", "null", "-");
    }

    @Test
    void videoOnlyPlaysAsHls() throws Exception {
        Path playlist = segment(only(Kind.VIDEO));

        JsonObject probe = Ffmpeg.probe(output, playlist.toString());
        assertThat(codecs(probe)).containsOnlyKeys("h264");
        assertVideo(codecs(probe).get("h264"));
        assertThat(duration(probe)).isCloseTo(8.0, within(1.0));
        Ffmpeg.check(output, "ffmpeg", "-v", "error", "-i", playlist.toString(), "-f", "null", "-");
    }

    @Test
    void audioOnlyPlaysAsHls() throws Exception {
        Path playlist = segment(only(Kind.AUDIO));

        JsonObject probe = Ffmpeg.probe(output, playlist.toString());
        assertThat(codecs(probe)).containsOnlyKeys("aac");
        assertThat(duration(probe)).isCloseTo(8.0, within(1.0));
        Ffmpeg.check(output, "ffmpeg", "-v", "error", "-i", playlist.toString(), "-f", "null", "-");
    }

    @Test
    void adtsHeaderMatchesFfmpegsOwn() throws Exception {
        Ffmpeg.check(output, "ffmpeg", "-v", "error", "-i", encoded.resolve("input.flv").toString(),
                "-c:a", "copy", "-f", "adts", "audio.aac");
        MediaPacket config = packets.stream().filter(p -> p.isAac() && p.isSequenceHeader()).findFirst().orElseThrow();
        MediaPacket frame = packets.stream().filter(p -> p.isAac() && !p.isSequenceHeader()).findFirst().orElseThrow();
        byte[] header = new byte[Adts.HEADER_SIZE];

        Adts.writeHeader(AudioSpecificConfig.parse(config.body(), 2), frame.size() - 2, header, 0);

        assertThat(header).isEqualTo(Arrays.copyOf(Files.readAllBytes(output.resolve("audio.aac")), 7));
    }

    @Test
    void parsesTheEncodersDecoderConfigurationRecord() {
        MediaPacket header = packets.stream().filter(p -> p.isAvc() && p.isSequenceHeader()).findFirst().orElseThrow();

        AvcDecoderConfig config = AvcDecoderConfig.parse(header.body(), AvcAnnexB.NALU_OFFSET);

        assertThat(config.nalLengthSize()).isEqualTo(4);
        assertThat(config.sps()).singleElement().satisfies(sps -> assertThat(sps[0] & 0x1f).isEqualTo(7));
        assertThat(config.pps()).singleElement().satisfies(pps -> assertThat(pps[0] & 0x1f).isEqualTo(8));
    }

    private Path segment(List<MediaPacket> input) throws IOException {
        HlsSegmenter segmenter = new HlsSegmenter("ffmpeg-test", HlsSettings.defaults());
        input.forEach(segmenter::accept);
        segmenter.end();
        String playlist = segmenter.playlist().orElseThrow();
        assertThat(playlist).contains("#EXT-X-MEDIA-SEQUENCE:0\n").endsWith("#EXT-X-ENDLIST\n");
        for (long sequence = 0; ; sequence++) {
            Optional<byte[]> bytes = segmenter.segment(sequence);
            if (bytes.isEmpty()) {
                break;
            }
            Files.write(output.resolve(HlsSettings.defaultSegmentUri(sequence)), bytes.get());
        }
        Path file = output.resolve("playlist.m3u8");
        Files.writeString(file, playlist);
        return file;
    }

    private static void assertVideo(JsonObject h264) {
        assertThat(h264.getInt("width")).isEqualTo(640);
        assertThat(h264.getInt("height")).isEqualTo(360);
        assertThat(frames(h264)).isEqualTo(VIDEO_FRAMES);
    }

    private static Map<String, JsonObject> codecs(JsonObject probe) {
        return probe.getJsonArray("streams").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("codec_name"), Function.identity()));
    }

    private static int frames(JsonObject stream) {
        return Integer.parseInt(stream.getString("nb_read_frames"));
    }

    private static double duration(JsonObject probe) {
        return Double.parseDouble(probe.getJsonObject("format").getString("duration"));
    }

    private static long count(List<MediaPacket> input, Kind kind) {
        return input.stream().filter(p -> p.kind() == kind).count();
    }

    private static List<MediaPacket> only(Kind kind) {
        return packets.stream().filter(p -> p.kind() == kind || p.kind() == Kind.DATA).toList();
    }
}
