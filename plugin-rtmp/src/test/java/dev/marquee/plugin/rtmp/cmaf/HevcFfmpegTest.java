package dev.marquee.plugin.rtmp.cmaf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.plugin.rtmp.hls.Ffmpeg;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.MediaPacket.Kind;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HEVC as OBS sends it over enhanced RTMP ({@code hvc1} SequenceStart and CodedFrames), made from what
 * libx265 encoded: the packager writes an {@code hvc1} track that ffprobe reads and ffmpeg decodes.
 */
class HevcFfmpegTest {

    @TempDir
    Path work;

    @Test
    void enhancedRtmpHevcBecomesAnHvc1Track() throws Exception {
        Ffmpeg.check(work, "ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-t", "4",
                "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "keyint=50:min-keyint=50:log-level=error",
                "-tag:v", "hvc1", "-movflags", "frag_keyframe+empty_moov+default_base_moof", "-f", "mp4", "hevc.mp4");
        FragmentedMp4Samples source = new FragmentedMp4Samples(Files.readAllBytes(work.resolve("hevc.mp4")), "hvcC");
        Recorder out = new Recorder();
        CmafPackager packager = new CmafPackager("hevc", CmafSettings.defaults(), () -> 0L, out);

        packager.accept(new MediaPacket(Kind.VIDEO, 0, concat(new byte[] {(byte) 0x90, 'h', 'v', 'c', '1'},
                source.decoderConfig)));
        for (FragmentedMp4Samples.Sample sample : source.samples) {
            int millis = (int) (sample.decodeTime() * 1000 / source.timescale);
            int composition = (int) (sample.compositionOffset() * 1000L / source.timescale);
            byte header = (byte) (0x80 | (sample.keyframe() ? 0x10 : 0x20) | 1); // CodedFrames
            packager.accept(new MediaPacket(Kind.VIDEO, millis, concat(new byte[] {header, 'h', 'v', 'c', '1',
                (byte) (composition >> 16), (byte) (composition >> 8), (byte) composition}, sample.data())));
        }
        packager.end();

        CmafInit init = out.inits.get(0);
        assertThat(init.codecs()).startsWith("hvc1.1.6.L");
        assertThat(init.width()).isEqualTo(640);
        assertThat(init.height()).isEqualTo(360);
        assertThat(out.segments).hasSize(2);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(init.bytes());
        out.segments.forEach(s -> s.parts().forEach(p -> file.writeBytes(p.bytes())));
        Files.write(work.resolve("packaged.mp4"), file.toByteArray());

        JsonObject stream = Ffmpeg.probe(work, "packaged.mp4").getJsonArray("streams").getJsonObject(0);
        assertThat(stream.getString("codec_name")).isEqualTo("hevc");
        assertThat(stream.getString("codec_tag_string")).isEqualTo("hvc1");
        assertThat(stream.getInt("width")).isEqualTo(640);
        assertThat(stream.getString("nb_read_frames")).isEqualTo("100");
        Ffmpeg.check(work, "ffmpeg", "-v", "error", "-i", "packaged.mp4", "-f", "null", "-");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
