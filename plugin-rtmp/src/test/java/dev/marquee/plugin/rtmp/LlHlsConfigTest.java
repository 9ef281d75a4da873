package dev.marquee.plugin.rtmp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.plugin.rtmp.cmaf.CmafSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The LL-HLS keys are checked once: invalid values switch LL-HLS off instead of failing every publish. */
class LlHlsConfigTest {

    private static RtmpConfig config(boolean enabled, String part, String segment, int window) {
        RtmpConfig config = new RtmpConfig();
        config.llhlsEnabled = enabled;
        config.llhlsPartTarget = Duration.parse(part);
        config.llhlsSegmentTarget = Duration.parse(segment);
        config.llhlsWindow = window;
        return config;
    }

    @Test
    void theDefaultsAreValid() {
        CmafSettings settings = StreamHub.llhlsSettings(config(true, "PT0.25S", "PT2S", 6));

        assertThat(settings).isEqualTo(CmafSettings.defaults());
        assertThat(settings.targetDurationSeconds()).isEqualTo(3);
    }

    @Test
    void invalidValuesSwitchItOff() {
        assertThat(StreamHub.llhlsSettings(config(false, "PT0.25S", "PT2S", 6))).isNull();
        assertThat(StreamHub.llhlsSettings(config(true, "PT0.05S", "PT2S", 6))).as("parts too short").isNull();
        assertThat(StreamHub.llhlsSettings(config(true, "PT1.5S", "PT2S", 6))).as("under two parts a segment").isNull();
        assertThat(StreamHub.llhlsSettings(config(true, "PT0.25S", "PT20S", 6))).as("segments too long").isNull();
        assertThat(StreamHub.llhlsSettings(config(true, "PT0.25S", "PT2S", 2))).as("window too small").isNull();
    }

    @Test
    void theTargetDurationLeavesRoomForLongerKeyframeIntervals() {
        assertThat(new CmafSettings(200, 1_000).targetDurationSeconds()).isEqualTo(2);
        assertThat(new CmafSettings(333, 4_000).targetDurationSeconds()).isEqualTo(6);
    }
}
