package dev.marquee.plugin.rtmp.abr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FfmpegToolTest {

    @Test
    void findsTheInstalledFfmpegAndItsEncoders() {
        assertThat(new FfmpegTool("ffmpeg").check("libx264").available()).isTrue();
        FfmpegTool.Availability none = new FfmpegTool("ffmpeg").check("h264_nosuchthing");
        assertThat(none.available()).isFalse();
        assertThat(none.reason()).contains("no encoder named h264_nosuchthing");
    }

    @Test
    void aMissingProgramIsRefusedWithTheReason() {
        FfmpegTool.Availability missing = new FfmpegTool("/nonexistent/ffmpeg").check("libx264");
        assertThat(missing.available()).isFalse();
        assertThat(missing.reason()).contains("could not be started").contains("marquee.rtmp.abr.ffmpeg");
    }
}
