package dev.marquee.testkit.tck;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.testkit.Api;
import dev.marquee.testkit.Marquee;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Marquee expects of every media provider, checked against the real server: extend it in a
 * {@link dev.marquee.testkit.MarqueePluginTest} class and say which settings are good and which are not.
 * Listed and configured with a version; bad settings refused field by field; a stage provisioned, put on air
 * ({@link #goLive}) and played to a stranger of a public event (live, with at least one typed source), its
 * secrets masked for organizers and absent for everyone else; the stage removed, and its playback gone with it.
 *
 * <p>Stability: a test kit type, {@code @since 0.1.0}; new hooks come with defaults, so a plugin's test that
 * compiles against one version compiles against the next.
 */
public abstract class MediaProviderContract {

    /** The settings value organizers see for a secret setting. */
    public static final String MASK = "********";

    /** How long a stage has to show as live in its playback once {@link #goLive} returned. */
    public static final Duration LIVE_WITHIN = Duration.ofSeconds(30);

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

    /**
     * A JSON pointer into the stage as organizers see it ({@code GET /api/v1/stages/{id}}) to a secret the
     * provider adds to the organizer's details (an ingest stream key, say), if it adds one: organizers must
     * see a value there, strangers never.
     */
    protected Optional<String> secretDetail() {
        return Optional.empty();
    }

    /**
     * Puts a just-provisioned stage of {@link #validSettings()} on air, as the people who run it would, and
     * returns what keeps it there; the contract closes it when the test is done, after the stage is removed.
     * The contract then waits up to {@link #LIVE_WITHIN} for the stage's playback to say it is live.
     *
     * <p>The default does nothing: right for providers whose stages are live by their settings (an embedded
     * player). Override it when a stage goes live only when something outside Marquee happens: an RTMP
     * provider starts a publisher with the ingest address and key of {@code stage}; a video room provider has
     * a host start the stage over the stage socket. Called on the test's thread.
     *
     * @param marquee the running Marquee (its organizer client, its server's ports)
     * @param stage   the stage as organizers see it: its {@code id} and the provider's organizer details
     */
    protected AutoCloseable goLive(Marquee marquee, JsonNode stage) throws Exception {
        return () -> { };
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
    void provisionsPlaysAndRemovesAStage() throws Exception {
        Api.Reply created = marquee.createStage(marquee.event("PUBLIC"), providerId(), validSettings());
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long stageId = created.json().get("id").asLong();

        try (AutoCloseable onAir = goLive(marquee, created.json())) {
            JsonNode playback = livePlayback(stageId);
            assertThat(playback.get("provider").asText()).isEqualTo(providerId());
            assertThat(playback.get("sources")).as("a live stage's sources").isNotEmpty();
            playback.get("sources").forEach(source -> assertThat(source.get("type").asText()).isNotBlank());

            Api organizer = marquee.organizer();
            assertThat(organizer.delete("/api/v1/stages/" + stageId).status()).isEqualTo(204);
            assertThat(marquee.anonymous().get("/api/v1/stages/" + stageId + "/playback").status()).isEqualTo(404);
        }
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
        secretDetail().ifPresent(pointer -> {
            String secret = forOrganizer.at(pointer).asText();
            assertThat(secret).as("organizers see " + pointer).isNotBlank();
            assertThat(forStranger.toString()).as("a stranger's view of the stage").doesNotContain(secret);
        });
    }

    @Test
    void strangersCannotCreateStages() {
        long eventId = marquee.event("PUBLIC");
        Api.Reply refused = marquee.anonymous().post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", "x", "name", "X", "provider", providerId(), "settings", validSettings()));
        assertThat(refused.status()).isIn(401, 403);
    }

    /** A stranger's playback of the stage once it says it is live (the last one seen if it never does). */
    private JsonNode livePlayback(long stageId) throws InterruptedException {
        Instant deadline = Instant.now().plus(LIVE_WITHIN);
        while (true) {
            Api.Reply playback = marquee.anonymous().get("/api/v1/stages/" + stageId + "/playback");
            assertThat(playback.status()).as(playback.raw().body()).isEqualTo(200);
            if (playback.json().get("live").asBoolean() || Instant.now().isAfter(deadline)) {
                assertThat(playback.json().get("live").asBoolean()).as("the stage is live within " + LIVE_WITHIN
                        + " of goLive (override goLive if a stage needs something to happen first): " + playback.json())
                        .isTrue();
                return playback.json();
            }
            Thread.sleep(250);
        }
    }

    private JsonNode plugin() {
        return marquee.plugin(providerId());
    }
}
