package dev.marquee.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.testkit.Marquee;
import dev.marquee.testkit.tck.MediaProviderContract;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

/**
 * The {@code twilio-video} plugin passes the test kit's media provider contract on a Marquee of its own whose
 * plugin talks to a local stand-in of Twilio's REST API. An interactive stage is live once its host has
 * started it, so going live is the organizer joining the stage socket as host and starting the stage, which
 * opens the stage's room at "Twilio".
 */
@ExtendWith(TwilioServerExtension.class)
class TwilioVideoProviderTckIT extends MediaProviderContract {

    @Override
    protected String providerId() {
        return "twilio-video";
    }

    @Override
    protected Map<String, Object> validSettings() {
        return Map.of("mode", "interactive", "maxParticipants", 10);
    }

    @Override
    protected Map<String, Object> invalidSettings() {
        return Map.of("mode", "interactive", "maxParticipants", 80);
    }

    @Override
    protected String invalidField() {
        return "maxParticipants";
    }

    /** The organizer, as the stage's host, starts it; the socket is the host's presence, closed at the end. */
    @Override
    protected AutoCloseable goLive(Marquee marquee, JsonNode stage) {
        ChatClient host = ChatClient.signedIn(marquee.server(), stage.get("id").asLong(), marquee.organizer());
        host.send(Map.of("type", "stage.join"));
        host.await("stage.you");
        host.send(Map.of("type", "stage.start"));
        host.await(f -> "stage.you".equals(f.path("type").asText()) && "host".equals(f.path("role").asText()));
        return host;
    }
}
