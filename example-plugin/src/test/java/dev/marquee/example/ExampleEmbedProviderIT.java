package dev.marquee.example;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.Marquee;
import dev.marquee.testkit.MarqueePluginTest;
import dev.marquee.testkit.tck.MediaProviderContract;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example plugin's JAR in a real Marquee's plugins directory: the media provider contract, then the
 * plugin's own HTTP endpoint.
 */
@MarqueePluginTest
class ExampleEmbedProviderIT extends MediaProviderContract {

    @Override
    protected String providerId() {
        return ExampleEmbedProvider.ID;
    }

    @Override
    protected Map<String, Object> validSettings() {
        return Map.of("pageUrl", "https://tv.example/live", "title", "Main stage");
    }

    @Override
    protected Map<String, Object> invalidSettings() {
        return Map.of("pageUrl", "http://plain.example/");
    }

    @Override
    protected String invalidField() {
        return "pageUrl";
    }

    @Test
    void itsOwnEndpointTellsOrganizersWhenAStageWasProvisioned(Marquee marquee) {
        long stageId = marquee.createStage(marquee.event("PUBLIC"), providerId(), validSettings()).json().get("id").asLong();
        Api.Reply answer = marquee.organizer().get("/api/v1/plugins/example-embed/stages/" + stageId);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("provisionedAt").asText()).isNotBlank();
        assertThat(marquee.anonymous().get("/api/v1/plugins/example-embed/stages/" + stageId).status()).isEqualTo(401);
    }

    @Test
    void anAttendeeIsSignedInForItsEndpoints(Marquee marquee) {
        Api attendee = marquee.attendee(marquee.event("TICKETED"), "Grace");
        Api.Reply me = attendee.get("/api/v1/plugins/example-embed/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("organizer").asBoolean()).isFalse();
    }
}
