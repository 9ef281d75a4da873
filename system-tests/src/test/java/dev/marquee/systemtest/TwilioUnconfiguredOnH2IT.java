package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static dev.marquee.systemtest.EventsApiContract.event;
import static dev.marquee.systemtest.EventsApiContract.unique;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Without TWILIO_* credentials the twilio-video plugin says so everywhere it shows. */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class TwilioUnconfiguredOnH2IT {

    @Test
    void thePluginIsListedUnconfiguredAndRefusesWork(MarqueeServer server) {
        JsonNode plugins = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD).get("/api/v1/plugins").json();
        boolean listed = false;
        for (JsonNode plugin : plugins) {
            if (plugin.get("id").asText().equals("twilio-video")) {
                listed = true;
                assertThat(plugin.get("configured").asBoolean()).isFalse();
                assertThat(plugin.get("configurationHint").asText()).contains("TWILIO_ACCOUNT_SID");
            }
        }
        assertThat(listed).isTrue();

        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long eventId = organizer.post("/api/v1/events", event(unique("tw"), "PUBLIC")).json().get("id").asLong();
        Api.Reply refused = organizer.post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", "studio", "name", "Studio", "provider", "twilio-video", "settings", Map.of()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).containsIgnoringCase("not configured")
                .contains("TWILIO_ACCOUNT_SID");

        Api.Reply webhook = new Api(server).postAs("/api/v1/webhooks/twilio/video",
                "application/x-www-form-urlencoded", "StatusCallbackEvent=room-ended".getBytes(StandardCharsets.UTF_8));
        assertThat(webhook.status()).isEqualTo(503);
        assertThat(webhook.json().get("error").asText()).isEqualTo("not_configured");
    }
}
