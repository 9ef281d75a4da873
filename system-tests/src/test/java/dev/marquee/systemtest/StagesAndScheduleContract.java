package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.EventsApiContract.event;
import static dev.marquee.systemtest.EventsApiContract.unique;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stages (through media providers, including the example plugin from the plugins directory),
 * schedule sessions, the schedule's now/next, playback and the plugin list. Run once per database.
 */
@ExtendWith(ServerExtension.class)
abstract class StagesAndScheduleContract {

    private MarqueeServer server;
    private Api organizer;

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private long newEvent(String access) {
        return organizer.post("/api/v1/events", event(unique("ev"), access)).json().get("id").asLong();
    }

    private static Map<String, Object> externalStage(String slug, String url) {
        return Map.of("slug", slug, "name", "Stage " + slug, "provider", "external", "settings", Map.of("url", url));
    }

    @Test
    void thePluginListShowsBuiltInPluginsAndTheOneFromThePluginsDirectory() {
        JsonNode plugins = organizer.get("/api/v1/plugins").json();
        assertThat(plugins.findValuesAsText("id")).contains("external", "password", "example-embed");
        JsonNode example = find(plugins, "id", "example-embed");
        assertThat(example.get("kind").asText()).isEqualTo("MEDIA");
        assertThat(example.get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(example.get("configured").asBoolean()).isTrue();
        assertThat(example.get("settings").findValuesAsText("name")).containsExactly("pageUrl", "title");
        assertThat(find(example.get("settings"), "name", "pageUrl").get("required").asBoolean()).isTrue();

        JsonNode forAnyone = find(new Api(server).get("/api/v1/plugins").json(), "id", "example-embed");
        assertThat(forAnyone.get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(forAnyone.get("configured").asBoolean()).isTrue();
        assertThat(forAnyone.get("settings")).as("settings are the console's business").isEmpty();
    }

    @Test
    void aStageOfTheExamplePluginIsValidatedProvisionedAndPlayed() {
        long eventId = newEvent("PUBLIC");
        Map<String, Object> stage = Map.of("slug", "embed", "name", "Embedded", "provider", "example-embed",
                "settings", Map.of("pageUrl", "http://plain.example/"));
        Api.Reply refused = organizer.post("/api/v1/events/" + eventId + "/stages", stage);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").get(0).get("name").asText()).isEqualTo("pageUrl");

        Api.Reply created = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "embed",
                "name", "Embedded", "provider", "example-embed", "settings", Map.of("pageUrl", "https://tv.example/")));
        assertThat(created.status()).isEqualTo(201);
        // provisionedAt comes from the plugin's own table, created by its own migration
        assertThat(created.json().get("provisionedAt").asText()).isNotBlank();
        long stageId = created.json().get("id").asLong();

        Api.Reply playback = new Api(server).get("/api/v1/stages/" + stageId + "/playback");
        assertThat(playback.status()).isEqualTo(200);
        assertThat(playback.json().get("provider").asText()).isEqualTo("example-embed");
        assertThat(playback.json().get("sources").get(0).get("type").asText()).isEqualTo("iframe");
        assertThat(playback.json().get("sources").get(0).get("url").asText()).isEqualTo("https://tv.example/");
    }

    @Test
    void stagesAreListedInOrderAndCanBeReorderedRenamedAndRemoved() {
        long eventId = newEvent("PUBLIC");
        String base = "/api/v1/events/" + eventId + "/stages";
        long first = organizer.post(base, externalStage("one", "https://cdn.example/1.m3u8")).json().get("id").asLong();
        long second = organizer.post(base, externalStage("two", "https://cdn.example/2.m3u8")).json().get("id").asLong();
        assertThat(new Api(server).get(base).json().findValuesAsText("slug")).containsExactly("one", "two");

        Api.Reply moved = organizer.put("/api/v1/stages/" + first, Map.of("slug", "one", "name", "Renamed",
                "order", 5, "provider", "external", "settings", Map.of("url", "https://cdn.example/1.m3u8")));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(new Api(server).get(base).json().findValuesAsText("slug")).containsExactly("two", "one");

        Api.Reply taken = organizer.post(base, externalStage("two", "https://cdn.example/x.m3u8"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().at("/fields/0/name").asText()).isEqualTo("slug");
        assertThat(taken.json().at("/fields/0/message").asText()).contains("address 'two'");
        assertThat(organizer.delete("/api/v1/stages/" + second).status()).isEqualTo(204);
        assertThat(new Api(server).get(base).json().findValuesAsText("slug")).containsExactly("one");
    }

    @Test
    void anExternalStreamThePagesCannotPlayIsRefusedOnItsField() {
        long eventId = newEvent("PUBLIC");
        String base = "/api/v1/events/" + eventId + "/stages";
        Api.Reply refused = organizer.post(base, externalStage("plain", "http://cdn.example/live.m3u8"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/fields/0/name").asText()).isEqualTo("url");
        assertThat(refused.json().at("/fields/0/message").asText()).contains("https://");
        long id = organizer.post(base, externalStage("secure", "https://cdn.example/live.m3u8")).json().get("id").asLong();
        Api.Reply downgraded = organizer.put("/api/v1/stages/" + id, Map.of("slug", "secure", "name", "Secure",
                "order", 0, "provider", "external", "settings", Map.of("url", "http://cdn.example/live.m3u8")));
        assertThat(downgraded.status()).isEqualTo(400);
        assertThat(downgraded.json().at("/fields/0/name").asText()).isEqualTo("url");
    }

    @Test
    void visitorsDoNotSeeProviderSettings() {
        long eventId = newEvent("PUBLIC");
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages",
                externalStage("main", "https://cdn.example/a.m3u8")).json().get("id").asLong();
        assertThat(organizer.get("/api/v1/stages/" + stageId).json().has("settings")).isTrue();
        assertThat(new Api(server).get("/api/v1/stages/" + stageId).json().has("settings")).isFalse();
    }

    @Test
    void playbackOfATicketedEventNeedsASignIn() {
        long eventId = newEvent("TICKETED");
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages",
                externalStage("main", "https://cdn.example/t.m3u8")).json().get("id").asLong();
        Api.Reply anonymous = new Api(server).get("/api/v1/stages/" + stageId + "/playback");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asText()).isEqualTo("not_signed_in");
        Api.Reply allowed = organizer.get("/api/v1/stages/" + stageId + "/playback");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.json().get("sources").get(0).get("type").asText()).isEqualTo("hls");
        assertThat(allowed.header("Cache-Control")).contains("no-store");
    }

    @Test
    void theScheduleSaysWhatIsOnNowAndNextInTheEventsTimezone() {
        long eventId = newEvent("PUBLIC"); // America/New_York
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages",
                externalStage("main", "https://cdn.example/s.m3u8")).json().get("id").asLong();
        String sessions = "/api/v1/stages/" + stageId + "/sessions";
        Api.Reply keynote = organizer.post(sessions, session("Keynote", "2026-03-10T09:00:00-04:00",
                "2026-03-10T10:00:00-04:00"));
        assertThat(keynote.status()).isEqualTo(201);
        Api.Reply talk = organizer.post(sessions, session("Talk", "2026-03-10T15:30:00Z", "2026-03-10T16:30:00Z"));
        assertThat(talk.json().get("overlaps")).isEmpty();
        Api.Reply clash = organizer.post(sessions, session("Clash", "2026-03-10T09:30:00-04:00",
                "2026-03-10T09:45:00-04:00"));
        assertThat(clash.json().get("overlaps").findValuesAsText("title")).containsExactly("Keynote");
        assertThat(organizer.delete("/api/v1/sessions/" + clash.json().get("session").get("id").asLong()).status())
                .isEqualTo(204);

        JsonNode at930 = new Api(server).get("/api/v1/events/" + eventId + "/schedule?at=2026-03-10T13:30:00Z").json();
        JsonNode stage = at930.get("stages").get(0);
        assertThat(at930.get("timezone").asText()).isEqualTo("America/New_York");
        assertThat(stage.get("now").get("title").asText()).isEqualTo("Keynote");
        assertThat(stage.get("now").get("startsAt").asText()).isEqualTo("2026-03-10T09:00:00-04:00");
        assertThat(stage.get("next").get("title").asText()).isEqualTo("Talk");
        assertThat(stage.get("next").get("startsAt").asText()).isEqualTo("2026-03-10T11:30:00-04:00");

        JsonNode evening = new Api(server).get("/api/v1/events/" + eventId + "/schedule?at=2026-03-10T22:00:00Z").json();
        assertThat(evening.get("stages").get(0).get("now").isNull()).isTrue();
        assertThat(evening.get("stages").get(0).get("next").isNull()).isTrue();
    }

    @Test
    void sessionsAreMovedAndBadTimesRefused() {
        long eventId = newEvent("PUBLIC");
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages",
                externalStage("main", "https://cdn.example/m.m3u8")).json().get("id").asLong();
        String sessions = "/api/v1/stages/" + stageId + "/sessions";
        Api.Reply backwards = organizer.post(sessions, session("Backwards", "2026-03-10T10:00:00Z",
                "2026-03-10T09:00:00Z"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(organizer.post(sessions, Map.of("title", "No times")).status()).isEqualTo(400);

        long id = organizer.post(sessions, session("Moved", "2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z"))
                .json().get("session").get("id").asLong();
        Api.Reply moved = organizer.put("/api/v1/sessions/" + id, session("Moved", "2026-03-11T10:00:00+01:00",
                "2026-03-11T11:00:00+01:00"));
        assertThat(moved.status()).isEqualTo(200);
        JsonNode list = new Api(server).get(sessions).json();
        assertThat(list.get(0).get("startsAt").asText()).isEqualTo("2026-03-11T05:00:00-04:00");
        assertThat(list.get(0).get("speakers").get(0).asText()).isEqualTo("Ada");
    }

    @Test
    void deletingAnEventTakesItsStagesAndScheduleWithIt() {
        long eventId = newEvent("PUBLIC");
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages",
                externalStage("main", "https://cdn.example/d.m3u8")).json().get("id").asLong();
        organizer.post("/api/v1/stages/" + stageId + "/sessions", session("Gone", "2026-03-10T10:00:00Z",
                "2026-03-10T11:00:00Z"));
        assertThat(organizer.delete("/api/v1/events/" + eventId).status()).isEqualTo(204);
        assertThat(organizer.get("/api/v1/stages/" + stageId).status()).isEqualTo(404);
        assertThat(organizer.get("/api/v1/stages/" + stageId + "/sessions").status()).isEqualTo(404);
    }

    @Test
    void organizersSeeTheAttendeeListAndOthersDoNot() {
        long eventId = newEvent("TICKETED");
        Api.Reply list = organizer.get("/api/v1/events/" + eventId + "/attendees");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().isArray()).isTrue();
        assertThat(new Api(server).get("/api/v1/events/" + eventId + "/attendees").status()).isEqualTo(401);
    }

    private static Map<String, Object> session(String title, String startsAt, String endsAt) {
        return Map.of("title", title, "speakers", List.of("Ada"), "startsAt", startsAt, "endsAt", endsAt);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("No element with " + field + "=" + value + " in " + array);
    }
}
