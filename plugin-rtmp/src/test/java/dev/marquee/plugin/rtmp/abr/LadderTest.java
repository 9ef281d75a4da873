package dev.marquee.plugin.rtmp.abr;

import dev.marquee.platform.spi.settings.SettingError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LadderTest {

    private static Ladder.Input r(String name, Integer height, Integer video, Integer audio) {
        return new Ladder.Input(name, height, video, audio);
    }

    private static List<SettingError> errors(List<Ladder.Input> inputs, String encoder, String preset) {
        try {
            Ladder.parse(inputs, encoder, preset, 4);
        } catch (Ladder.Invalid e) {
            return e.errors();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void acceptsALadderAndOrdersItHighestFirstWithDefaults() throws Exception {
        Ladder ladder = Ladder.parse(List.of(r("360p", 360, 800, 96), r("720p", 720, 2500, 128)), null, null, 4);
        assertThat(ladder.renditions()).extracting(Rendition::name).containsExactly("720p", "360p");
        assertThat(ladder.encoder()).isEqualTo("libx264");
        assertThat(ladder.preset()).isEqualTo("veryfast");
        assertThat(ladder.rendition("360p")).map(Rendition::videoKbps).contains(800);
        assertThat(ladder.renditions().get(1).bandwidth()).isEqualTo(985_600);
    }

    @Test
    void refusesEachBadFieldByName() {
        List<SettingError> found = errors(List.of(r("720P", 721, 50, 1000), r("ok", 100, 20_001, 8)), "x264; rm -rf /", "slowest");
        assertThat(found).extracting(SettingError::name).containsExactly("renditions[0].name", "renditions[0].height",
                "renditions[0].videoKbps", "renditions[0].audioKbps", "renditions[1].height", "renditions[1].videoKbps",
                "renditions[1].audioKbps", "encoder", "preset");
    }

    @Test
    void refusesDuplicatesEmptinessAndTooMany() {
        assertThat(errors(List.of(r("a", 360, 800, 96), r("a", 240, 400, 64)), null, null))
                .extracting(SettingError::name).containsExactly("renditions[1].name");
        assertThat(errors(List.of(r("a", 360, 800, 96), r("b", 360, 400, 64)), null, null))
                .extracting(SettingError::name).containsExactly("renditions[1].height");
        assertThat(errors(List.of(), null, null)).extracting(SettingError::name).containsExactly("renditions");
        assertThat(errors(null, null, null)).extracting(SettingError::name).containsExactly("renditions");
        List<Ladder.Input> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(r("r" + i, 200 + 40 * i, 500, 64));
        }
        assertThat(errors(five, null, null)).extracting(SettingError::name).containsExactly("renditions");
        List<Ladder.Input> withNull = new ArrayList<>();
        withNull.add(null);
        assertThat(errors(withNull, null, null)).extracting(SettingError::name).containsExactly("renditions[0]");
    }

    @Test
    void namesHardwareEncoders() throws Exception {
        assertThat(Ladder.parse(List.of(r("720p", 720, 2500, 128)), "h264_nvenc", null, 4).encoder()).isEqualTo("h264_nvenc");
        assertThat(errors(List.of(r("720p", 720, 2500, 128)), "hevc_nvenc", null))
                .extracting(SettingError::name).containsExactly("encoder");
        assertThat(errors(List.of(r("720p", 720, 2500, 128)), "h264_-vf", null)).extracting(SettingError::name)
                .containsExactly("encoder");
    }

    @Test
    void storedFormRoundTripsAndIsCheckedAgain() throws Exception {
        Ladder ladder = Ladder.parse(List.of(r("360p", 360, 800, 96), r("180p", 180, 300, 64)), "libx264", "ultrafast", 4);
        assertThat(ladder.encode()).isEqualTo("360p:360:800:96,180p:180:300:64");
        assertThat(Ladder.decode(ladder.encode(), "libx264", "ultrafast", 4)).isEqualTo(ladder);
        assertThatThrownBy(() -> Ladder.decode("360p:360:800", "libx264", "ultrafast", 4)).isInstanceOf(Ladder.Invalid.class);
        assertThatThrownBy(() -> Ladder.decode(ladder.encode(), "libx264", "ultrafast", 1)).isInstanceOf(Ladder.Invalid.class);
    }
}
