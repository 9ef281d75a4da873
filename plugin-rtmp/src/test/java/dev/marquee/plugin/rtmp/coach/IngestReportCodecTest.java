package dev.marquee.plugin.rtmp.coach;

import dev.marquee.platform.spi.cluster.ValueFormat;
import dev.marquee.platform.spi.media.IngestAudio;
import dev.marquee.platform.spi.media.IngestReport;
import dev.marquee.platform.spi.media.IngestSample;
import dev.marquee.platform.spi.media.IngestVideo;
import dev.marquee.platform.spi.media.IngestWarning;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports cross the grid unchanged, with and without tracks; a forged count is refused. */
class IngestReportCodecTest {

    private final ValueFormat<IngestReport> codec = new IngestReportCodec();

    private IngestReport roundTrip(IngestReport report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        codec.write(report, new DataOutputStream(bytes));
        return codec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void aFullReportRoundTrips() throws IOException {
        IngestReport report = new IngestReport(true,
                new IngestVideo("h264", 1280, 720, 29.9, 2.0, 3_000_000, true),
                new IngestAudio("aac", 48_000, 2, 128_000), 3_128_000,
                List.of(new IngestWarning("b_frames", "The stream has B-frames", "Output → x264 Options: bframes=0")),
                List.of(new IngestSample(Instant.ofEpochMilli(1_700_000_000_000L), 3_100_000, 30.0, 2)));
        assertThat(roundTrip(report)).isEqualTo(report);
    }

    @Test
    void emptyTracksAndAnUnknownKeyframeIntervalRoundTrip() throws IOException {
        IngestReport audioOnly = new IngestReport(true, null, new IngestAudio("aac", 0, 0, 0), 0, List.of(), List.of());
        assertThat(roundTrip(audioOnly)).isEqualTo(audioOnly);
        IngestReport early = new IngestReport(true, new IngestVideo("hevc", 0, 0, 0, null, 0, false), null, 0,
                List.of(), List.of());
        assertThat(roundTrip(early)).isEqualTo(early);
        assertThat(roundTrip(IngestReport.offAir())).isEqualTo(IngestReport.offAir());
    }

    @Test
    void aForgedCountIsRefused() {
        byte[] forged = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        assertThatThrownBy(() -> codec.read(new DataInputStream(new ByteArrayInputStream(forged))))
                .isInstanceOf(IOException.class);
    }
}
