package dev.marquee.plugin.vimeo;

import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.SettingType;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.platform.spi.settings.SettingsValidation;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VimeoSettingsTest {

    private final SettingsSchema schema = new VimeoMediaProvider().stageSettings();

    @Test
    void describesItsSettingsForTheForm() {
        assertThat(schema.descriptors()).extracting(d -> d.name() + ":" + d.type() + ":" + d.required())
                .containsExactly("source:TEXT:true", "live:BOOLEAN:false", "autoplay:BOOLEAN:false");
        assertThat(schema.descriptors().get(0).label()).isEqualTo("Vimeo URL or embed code");
        assertThat(schema.descriptors().get(1).type()).isEqualTo(SettingType.BOOLEAN);
    }

    @Test
    void aLinkIsEnoughAndTheRestDefaultsToOff() {
        SettingsValidation result = schema.validate(Map.of("source", "https://vimeo.com/76979871"), Settings.empty());
        assertThat(result.errors()).isEmpty();
        assertThat(result.settings().bool("live")).isFalse();
        assertThat(result.settings().bool("autoplay")).isFalse();
        assertThat(result.settings().has("live")).isTrue();
    }

    @Test
    void vimeosEmbedCodeIsAccepted() {
        String code = "<div style=\"padding:56.25% 0 0 0;position:relative;\"><iframe src=\"https://vimeo.com/event/"
                + "4867722/embed\" frameborder=\"0\" allow=\"autoplay; fullscreen\" allowfullscreen></iframe></div>";
        assertThat(schema.validate(Map.of("source", code, "live", true), Settings.empty()).errors()).isEmpty();
    }

    @Test
    void aRefusedSourceIsAnErrorOnTheSourceFieldWithTheReason() {
        String code = "<iframe src=\"https://player.vimeo.com/video/1\"></iframe>"
                + "<script src=\"https://evil.example/steal.js\"></script>";
        assertThat(schema.validate(Map.of("source", code), Settings.empty()).errors()).containsExactly(new SettingError(
                "source", "The embed code loads a script from evil.example; only Vimeo's player is allowed"));
        assertThat(schema.validate(Map.of("source", "https://www.youtube.com/watch?v=x"), Settings.empty()).errors())
                .extracting(SettingError::name).containsExactly("source");
    }

    @Test
    void theSourceIsRequiredAndOtherFieldsAreTyped() {
        assertThat(schema.validate(Map.of(), Settings.empty()).errors())
                .containsExactly(new SettingError("source", "Vimeo URL or embed code is required"));
        assertThat(schema.validate(Map.of("source", "https://vimeo.com/1", "live", "yes"), Settings.empty()).errors())
                .extracting(SettingError::name).containsExactly("live");
        assertThat(schema.validate(Map.of("source", "https://vimeo.com/1", "channel", "x"), Settings.empty()).errors())
                .extracting(SettingError::name).containsExactly("channel");
    }
}
