package dev.marquee.testkit.tck;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.testkit.Api;
import dev.marquee.testkit.Marquee;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Marquee expects of every media provider, checked against the real server: extend it in a
 * {@link dev.marquee.testkit.MarqueePluginTest} class and say which settings are good and which are not.
 * Listed and configured with a version; bad settings refused field by field; a stage provisioned, played
 * to a stranger of a public event (typed sources, at least one when it says it is live), its secrets masked for
 * organizers and absent for everyone else; the stage removed, and its playback gone with it.
 */
public abstract class MediaProviderContract {

    /** The settings value organizers see for a secret setting. */
    public static final String MASK = "********";

    private Marquee marquee;

    /** The provider's plugin id. */
    protected abstract String providerId();

    /** Stage settings the provider accepts. */
    protected abstract Map<String, Object> validSettings();

    /** Stage settings the provider refuses, and the name of a field the refusal must point at. */
    protected abstract Map<String, Object> invalidSettings();

    protected abstract String invalidField();

    /** A setting of {@link #validSettings()} that is secret (a stream key, a token), if the provider has one. */
    protected Optional<String> secretSetting() {
        return Optional.empty();
    }

    @BeforeEach
    void connect(Marquee running) {
        marquee = running;
    }

    @Test
    void isListedAsAConfiguredMediaProviderWithAVersion() {
        JsonNode plugin = plugin();
        assertThat(plugin.get("kind").asText()).isEqualTo("MEDIA");
        assertThat(plugin.get("configured").asBoolean()).as("configured").isTrue();
        assertThat(plugin.get("version").asText()).as("Implementation-Version in the JAR's manifest").isNotEqualTo("unknown");
    }

    @Test
    void refusesBadSettingsFieldByField() {
        Api.Reply refused = marquee.createStage(marquee.event("PUBLIC"), providerId(), invalidSettings());
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).isEqualTo("invalid_settings");
        assertThat(refused.json().get("fields").findValuesAsText("name")).contains(invalidField());
    }

    @Test
    void provisionsPlaysAndRemovesAStage() {
        Api.Reply created = marquee.createStage(marquee.event("PUBLIC"), providerId(), validSettings());
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long stageId = created.json().get("id").asLong();

        Api.Reply playback = marquee.anonymous().get("/api/v1/stages/" + stageId + "/playback");
        assertThat(playback.status()).as(playback.raw().body()).isEqualTo(200);
        assertThat(playback.json().get("provider").asText()).isEqualTo(providerId());
        if (playback.json().get("live").asBoolean()) {
            assertThat(playback.json().get("sources")).as("a live stage's sources").isNotEmpty();
        }
        playback.json().get("sources").forEach(source -> assertThat(source.get("type").asText()).isNotBlank());

        Api organizer = marquee.organizer();
        assertThat(organizer.delete("/api/v1/stages/" + stageId).status()).isEqualTo(204);
        assertThat(marquee.anonymous().get("/api/v1/stages/" + stageId + "/playback").status()).isEqualTo(404);
    }

    @Test
    void keepsSettingsFromStrangersAndSecretsFromEveryone() {
        long stageId = marquee.createStage(marquee.event("PUBLIC"), providerId(), validSettings()).json().get("id").asLong();
        JsonNode forOrganizer = marquee.organizer().get("/api/v1/stages/" + stageId).json();
        assertThat(forOrganizer.has("settings")).isTrue();
        secretSetting().ifPresent(secret -> {
            assertThat(forOrganizer.get("settings").get(secret).asText()).isEqualTo(MASK);
            assertThat(forOrganizer.toString()).doesNotContain(String.valueOf(validSettings().get(secret)));
        });
        JsonNode forStranger = marquee.anonymous().get("/api/v1/stages/" + stageId).json();
        assertThat(forStranger.has("settings")).as("settings are the organizers' business").isFalse();
    }

    @Test
    void strangersCannotCreateStages() {
        long eventId = marquee.event("PUBLIC");
        Api.Reply refused = marquee.anonymous().post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", "x", "name", "X", "provider", providerId(), "settings", validSettings()));
        assertThat(refused.status()).isIn(401, 403);
    }

    private JsonNode plugin() {
        return marquee.plugin(providerId());
    }
}
