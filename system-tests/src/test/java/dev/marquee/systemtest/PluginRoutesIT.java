package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static dev.marquee.systemtest.EventsApiContract.event;
import static dev.marquee.systemtest.EventsApiContract.unique;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drop-in plugin's own HTTP endpoints: the example plugin, loaded from the plugins directory, declares
 * routes under {@code /api/v1/plugins/example-embed/}, and core does sign-in, access, CSRF, body limits and
 * the error format for it (docs/plugins.md, "HTTP endpoints of your own").
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class PluginRoutesIT {

    private static final String BASE = "/api/v1/plugins/example-embed/";

    private MarqueeServer server;
    private TestMailServer mail;
    private Api organizer;

    @BeforeEach
    void connect(MarqueeServer shared, TestMailServer smtp) {
        server = shared;
        mail = smtp;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @Test
    void aDropInPluginAnswersFromItsOwnTableForOrganizersOnly() {
        long eventId = organizer.post("/api/v1/events", event(unique("routes"), "PUBLIC")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "embed",
                        "name", "Embedded", "provider", "example-embed", "settings", Map.of("pageUrl", "https://tv.example/")))
                .json().get("id").asLong();

        Api.Reply answer = organizer.get(BASE + "stages/" + stageId);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("stageId").asLong()).isEqualTo(stageId);
        assertThat(answer.json().get("provisionedAt").asText()).isNotBlank();
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'").contains("sandbox");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");

        Api.Reply anonymous = new Api(server).get(BASE + "stages/" + stageId);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asText()).isEqualTo("not_signed_in");

        Api.Reply missing = organizer.get(BASE + "stages/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not_found");
        Api.Reply notANumber = organizer.get(BASE + "stages/abc");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("detail").asText()).isEqualTo("A stage id is a number");
    }

    @Test
    void anAttendeeIsSignedInButNoOrganizer() {
        long eventId = organizer.post("/api/v1/events", event(unique("routes-att"), "TICKETED")).json().get("id").asLong();
        Api attendee = Attendees.signedIn(server, mail, organizer, eventId, unique("routes"), "Ada").get("Ada");

        Api.Reply me = attendee.get(BASE + "me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("name").asText()).contains("Ada");
        assertThat(me.json().get("organizer").asBoolean()).isFalse();
        assertThat(me.json().get("personId").asText()).isNotBlank().doesNotContain("@");

        Api.Reply refused = attendee.post(BASE + "check-page", Map.of("pageUrl", "https://ok.example/"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");
        assertThat(new Api(server).get(BASE + "me").status()).isEqualTo(401);
    }

    @Test
    void writesNeedTheCsrfTokenAndAValidBody() {
        Api.Reply ok = organizer.post(BASE + "check-page", Map.of("pageUrl", "https://ok.example/"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("embeddable").asBoolean()).isTrue();

        Api.Reply plain = organizer.post(BASE + "check-page", Map.of("pageUrl", "http://plain.example/"));
        assertThat(plain.status()).isEqualTo(400);
        assertThat(plain.json().get("detail").asText()).isEqualTo("Page to embed must use https");

        Api.Reply broken = organizer.postAs(BASE + "check-page", "application/json",
                "{not json".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("detail").asText()).isEqualTo("The body is not valid JSON");

        Api.Reply forged = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD).withoutCsrf()
                .post(BASE + "check-page", Map.of("pageUrl", "https://ok.example/"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("error").asText()).isEqualTo("csrf_token_invalid");

        String csrf = organizer.cookie("XSRF-TOKEN").orElseThrow().getValue();
        Map<String, String> auth = Map.of("Cookie", organizer.cookieHeader() + "; XSRF-TOKEN=" + csrf, "X-CSRF-Token", csrf);
        for (boolean chunked : new boolean[] {false, true}) {
            BigRequest.Answer huge = new BigRequest(server.uri(BASE + "check-page"), "application/json",
                    "{\"pageUrl\":\"https://", 'a', "\"}", 16L * 1024 * 1024).headers(auth).send(chunked);
            assertThat(huge.status()).as("chunked: " + chunked).isEqualTo(413);
        }
    }

    @Test
    void unknownAddressesAndMethodsAreRefusedInTheUsualFormat() {
        JsonNode unknownRoute = organizer.get(BASE + "no-such-thing").json();
        assertThat(unknownRoute.get("error").asText()).isEqualTo("not_found");
        assertThat(organizer.get("/api/v1/plugins/no-such-plugin/me").status()).isEqualTo(404);
        assertThat(organizer.get(BASE + "stages/").status()).isEqualTo(404);

        Api.Reply wrongMethod = organizer.delete(BASE + "me");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("GET");
        assertThat(organizer.get("/api/v1/plugins").status()).as("the plugin list is still there").isEqualTo(200);
    }
}
