package dev.marquee.plugin.twilio;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.media.Playback;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.media.Viewer;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsValidation;
import dev.marquee.plugin.twilio.ws.LiveStages;
import dev.marquee.plugin.twilio.ws.TwilioStages;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TwilioVideoProviderTest {

    private static final String SECRET = "test-api-secret-0123456789abcdef0123";
    private static final Viewer VIEWER = new Viewer("account:1", "Ann", Set.of());

    @Test
    void withoutCredentialsItSaysSoEverywhere() {
        TwilioVideoProvider provider = provider(new TwilioConfig("ACtest", null, "SKtest", null,
                "https://video.twilio.com", "http://localhost:8080"));
        assertThat(provider.configured()).isFalse();
        SettingsValidation validation = provider.stageSettings().validate(Map.of(), Settings.empty());
        assertThat(validation.errors()).singleElement().satisfies(error -> {
            assertThat(error.name()).isEqualTo("provider");
            assertThat(error.message()).startsWith("Twilio is not configured: set TWILIO_AUTH_TOKEN, TWILIO_API_SECRET");
        });
        Playback playback = provider.playback(stage(Map.of()), VIEWER);
        assertThat(playback.live()).isFalse();
        assertThat(playback.sources()).isEmpty();
        assertThatThrownBy(() -> provider.provision(stage(Map.of()))).isInstanceOf(Problem.class)
                .hasMessageContaining("TWILIO_AUTH_TOKEN");
        @SuppressWarnings("unchecked")
        Map<String, Object> twilio = (Map<String, Object>) provider.organizerDetails(stage(Map.of())).get("twilio");
        assertThat(twilio).containsEntry("configured", false).containsKey("reason");
        assertThat(twilio.toString()).doesNotContain("SKtest");
    }

    @Test
    void playbackNamesTheRoomAndModeButHandsOutNoToken() {
        TwilioVideoProvider provider = provider(configured());
        Playback playback = provider.playback(stage(Map.of("mode", "party", "maxParticipants", 8L,
                "overflowStageSlug", "main-hall")), VIEWER);
        assertThat(playback.live()).isFalse();
        assertThat(playback.sources()).singleElement().satisfies(source -> assertThat(source.toJson()).isEqualTo(Map.of(
                "type", "twilio-video", "room", "marquee-stage-7", "mode", "party", "live", false,
                "maxParticipants", 8, "overflowUrl", "/e/conf/main-hall")));
    }

    @Test
    void settingsAreCheckedAndDefaulted() {
        TwilioVideoProvider provider = provider(configured());
        SettingsValidation defaults = provider.stageSettings().validate(Map.of(), Settings.empty());
        assertThat(defaults.errors()).isEmpty();
        assertThat(StageOptions.of(defaults.settings()))
                .isEqualTo(new StageOptions(StageOptions.Mode.INTERACTIVE, false, 50, null));
        assertThat(provider.stageSettings().descriptors()).extracting(d -> d.name() + ":" + d.type())
                .containsExactly("mode:CHOICE", "privateParty:BOOLEAN", "maxParticipants:INTEGER", "overflowStageSlug:STRING");
        assertThat(provider.stageSettings().validate(Map.of("maxParticipants", 51, "overflowStageSlug", "Main Hall",
                "mode", "concert"), Settings.empty()).errors()).extracting(e -> e.name()).containsExactly("mode");
        assertThat(provider.stageSettings().validate(Map.of("maxParticipants", 51, "overflowStageSlug", "Main Hall"),
                Settings.empty()).errors()).extracting(e -> e.name()).containsExactly("maxParticipants", "overflowStageSlug");
    }

    @Test
    void configurationHasSafeDefaults() {
        TwilioConfig config = configured();
        assertThat(config.configured()).isTrue();
        assertThat(config.statusCallbackUrl()).isEqualTo("https://marquee.example/api/v1/webhooks/twilio/video");
        config.tokenTtl = java.time.Duration.ofDays(2);
        assertThat(config.tokenTtl()).isEqualTo(java.time.Duration.ofHours(24));
        config.statusCallbackUrl = java.util.Optional.of("https://hooks.example/twilio");
        assertThat(config.statusCallbackUrl()).isEqualTo("https://hooks.example/twilio");
        assertThat(config.toString()).doesNotContain(SECRET).doesNotContain("auth-token");
    }

    static TwilioConfig configured() {
        return new TwilioConfig("ACtest", "auth-token", "SKtest", SECRET, "https://video.twilio.com",
                "https://marquee.example/");
    }

    static TwilioVideoProvider provider(TwilioConfig config) {
        TwilioVideoProvider provider = new TwilioVideoProvider();
        provider.config = config;
        provider.stages = new LiveStages();
        provider.directory = new TwilioStages();
        return provider;
    }

    static StageRef stage(Map<String, Object> settings) {
        return new StageRef(7, 1, "conf", "studio", "Studio", Settings.of(settings));
    }
}
