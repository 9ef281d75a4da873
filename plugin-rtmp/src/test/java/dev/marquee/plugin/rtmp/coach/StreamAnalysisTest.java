package dev.marquee.plugin.rtmp.coach;

import dev.marquee.platform.spi.media.IngestReport;
import dev.marquee.platform.spi.media.IngestWarning;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The coach's analysis of synthetic streams: each encoder mistake gives its warning, a good stream none. */
class StreamAnalysisTest {

    private static final CoachSettings LOW_LATENCY = CoachSettings.of(2000);
    private static final CoachSettings PLAIN = CoachSettings.of(0);

    private static List<String> codes(IngestReport report) {
        return report.warnings().stream().map(IngestWarning::code).toList();
    }

    private static IngestWarning warning(IngestReport report, String code) {
        return report.warnings().stream().filter(w -> w.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + report.warnings()));
    }

    @Test
    void aGoodStreamHasNoWarningsAndIsDescribed() {
        SyntheticIngest stream = new SyntheticIngest(LOW_LATENCY);
        IngestReport report = stream.play(30_000);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.live()).isTrue();
        assertThat(report.video().codec()).isEqualTo("h264");
        assertThat(report.video().width()).isEqualTo(640);
        assertThat(report.video().height()).isEqualTo(360);
        assertThat(report.video().fps()).isBetween(24.0, 26.0);
        assertThat(report.video().keyframeInterval()).isEqualTo(2.0);
        assertThat(report.video().bFrames()).isFalse();
        assertThat(report.video().bitrate()).isBetween(780_000L, 820_000L);
        assertThat(report.audio().codec()).isEqualTo("aac");
        assertThat(report.audio().sampleRate()).isEqualTo(48_000);
        assertThat(report.audio().channels()).isEqualTo(2);
        assertThat(report.bitrate()).isGreaterThan(report.video().bitrate());
        assertThat(report.history()).hasSize(5); // ticks at 1 s to 29 s: samples at 5, 10, 15, 20, 25 s
        assertThat(report.history()).allSatisfy(s -> {
            assertThat(s.fps()).isBetween(24.0, 26.0);
            assertThat(s.dropped()).isZero();
        });
    }

    @Test
    void aTenSecondGopWithoutAudioWarnsOfBothWithinTenSeconds() {
        SyntheticIngest stream = new SyntheticIngest(LOW_LATENCY);
        stream.gopMillis = 10_000;
        stream.audio = false;

        assertThat(codes(stream.play(2000))).isEmpty();
        IngestReport report = stream.play(4000);
        assertThat(codes(report)).contains("keyframe_interval", "no_audio");
        assertThat(warning(report, "keyframe_interval").fix()).isEqualTo("Output → Keyframe Interval: 2 (ffmpeg: -g 50)");
        assertThat(warning(report, "keyframe_interval").message()).startsWith("No keyframe for");
        assertThat(report.audio()).isNull();

        report = stream.play(16_000);
        assertThat(warning(report, "keyframe_interval").message()).startsWith("Keyframes come every 10.0 s");
        assertThat(report.video().keyframeInterval()).isGreaterThanOrEqualTo(10.0);
    }

    @Test
    void withoutLowLatencyTheKeyframeLimitIsFourSeconds() {
        SyntheticIngest three = new SyntheticIngest(PLAIN);
        three.gopMillis = 3000;
        assertThat(codes(three.play(20_000))).doesNotContain("keyframe_interval");

        SyntheticIngest six = new SyntheticIngest(PLAIN);
        six.gopMillis = 6000;
        IngestReport report = six.play(20_000);
        assertThat(warning(report, "keyframe_interval").fix()).isEqualTo("Output → Keyframe Interval: 4 (ffmpeg: -g 100)");
    }

    @Test
    void bFramesFoundFromCompositionOffsetsAreWarnedForLowLatencyOnly() {
        SyntheticIngest low = new SyntheticIngest(LOW_LATENCY);
        low.bFrames = true;
        IngestReport report = low.play(5000);
        assertThat(codes(report)).containsExactly("b_frames");
        assertThat(report.video().bFrames()).isTrue();

        SyntheticIngest plain = new SyntheticIngest(PLAIN);
        plain.bFrames = true;
        report = plain.play(5000);
        assertThat(report.warnings()).isEmpty();
        assertThat(report.video().bFrames()).isTrue();
    }

    @Test
    void timestampJumpsBackAndForwardAreWarnedForHalfAMinute() {
        SyntheticIngest stream = new SyntheticIngest(LOW_LATENCY);
        stream.play(5000);
        stream.timestampShift = -3000;
        IngestReport report = stream.play(2000);
        assertThat(warning(report, "timestamp_jump").message()).startsWith("Timestamps jumped back by 3.0 s");

        stream.play(30_000);
        assertThat(codes(stream.play(1000))).isEmpty();

        stream.timestampShift = 0; // forward by 3 s
        report = stream.play(2000);
        assertThat(warning(report, "timestamp_jump").message()).startsWith("Timestamps jumped forward by 3.0 s");
    }

    @Test
    void oddSampleRatesAndSurroundAreWarnedMonoIsNot() {
        SyntheticIngest low = new SyntheticIngest(LOW_LATENCY);
        low.sampleRateIndex = 7; // 22.05 kHz
        low.channels = 1;
        IngestReport report = low.play(3000);
        assertThat(codes(report)).containsExactly("audio_sample_rate");
        assertThat(warning(report, "audio_sample_rate").fix()).isEqualTo("Settings → Audio → Sample Rate: 48 kHz (ffmpeg: -ar 48000)");
        assertThat(report.audio().sampleRate()).isEqualTo(22_050);
        assertThat(report.audio().channels()).isEqualTo(1);

        SyntheticIngest surround = new SyntheticIngest(LOW_LATENCY);
        surround.channels = 6;
        assertThat(codes(surround.play(3000))).containsExactly("audio_channels");

        SyntheticIngest mono = new SyntheticIngest(LOW_LATENCY);
        mono.sampleRateIndex = 4; // 44.1 kHz
        mono.channels = 1;
        assertThat(mono.play(3000).warnings()).isEmpty();
    }

    @Test
    void aFrameRateDropIsWarnedAndTheMissingFramesCounted() {
        SyntheticIngest stream = new SyntheticIngest(LOW_LATENCY);
        stream.play(10_000);
        stream.deliverEvery = 2;
        stream.frameBytes = 8000; // the same bitrate, half the frames
        IngestReport report = stream.play(10_000);

        assertThat(codes(report)).containsExactly("frame_rate_drop");
        assertThat(warning(report, "frame_rate_drop").message()).startsWith("Frames arrive at 12.");
        assertThat(report.video().fps()).isBetween(12.0, 13.0);
        assertThat(report.history().get(report.history().size() - 1).dropped()).isBetween(60L, 65L);
        assertThat(report.history().get(0).dropped()).isZero();
    }

    @Test
    void missingVideoIsWarned() {
        SyntheticIngest stream = new SyntheticIngest(LOW_LATENCY);
        stream.video = false;
        IngestReport report = stream.play(6000);
        assertThat(codes(report)).containsExactly("no_video");
        assertThat(report.video()).isNull();
    }

    @Test
    void bitrateOutsideTheRangeForTheResolutionIsWarned() {
        SyntheticIngest low = new SyntheticIngest(LOW_LATENCY);
        low.metadata.put("width", 1920.0);
        low.metadata.put("height", 1080.0);
        IngestReport report = low.play(12_000);
        assertThat(codes(report)).containsExactly("bitrate_low");
        assertThat(warning(report, "bitrate_low").message()).contains("800 kbit/s", "3000–8000 kbit/s", "1080p");
        assertThat(warning(report, "bitrate_low").fix()).startsWith("Output → Rate Control: CBR, Bitrate: 5500 Kbps");

        SyntheticIngest high = new SyntheticIngest(LOW_LATENCY);
        high.frameBytes = 20_000; // 4 Mbit/s at 360p
        assertThat(codes(high.play(12_000))).containsExactly("bitrate_high");
    }

    @Test
    void aWarningClearsWhenTheEncoderIsFixed() {
        SyntheticIngest stream = new SyntheticIngest(LOW_LATENCY);
        stream.bFrames = true;
        assertThat(codes(stream.play(5000))).containsExactly("b_frames");
        stream.bFrames = false;
        assertThat(codes(stream.play(12_000))).isEmpty();
    }
}
