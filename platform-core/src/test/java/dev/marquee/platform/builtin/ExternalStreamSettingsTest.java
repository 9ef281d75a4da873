package dev.marquee.platform.builtin;

import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalStreamSettingsTest {

    private final SettingsSchema schema = new ExternalStreamProvider().stageSettings();

    @Test
    void anHttpsStreamIsAccepted() {
        assertThat(schema.validate(Map.of("url", "https://cdn.example/live/main.m3u8"), Settings.empty()).errors())
                .isEmpty();
        assertThat(schema.validate(Map.of("url", "HTTPS://player.example/embed", "format", "iframe"), Settings.empty())
                .errors()).isEmpty();
    }

    @Test
    void anHttpStreamIsRefusedOnTheUrlFieldBecauseThePagesCannotPlayIt() {
        for (String format : new String[] {"hls", "iframe"}) {
            assertThat(schema.validate(Map.of("url", "http://cdn.example/live/main.m3u8", "format", format),
                    Settings.empty()).errors()).singleElement().satisfies(e -> {
                        assertThat(e.name()).isEqualTo("url");
                        assertThat(e.message()).contains("https://").contains("only over https");
                    });
        }
    }

    @Test
    void theFieldSaysSoBeforeItIsSaved() {
        assertThat(schema.descriptors()).filteredOn(d -> d.name().equals("url")).singleElement()
                .satisfies(d -> assertThat(d.help()).contains("https://"));
        assertThat(schema.validate(Map.of(), Settings.empty()).errors()).extracting(SettingError::name)
                .containsExactly("url");
    }
}
