package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, CSRF, events and errors, as a client sees them over HTTP. Run once per database. */
@ExtendWith(ServerExtension.class)
abstract class EventsApiContract {

    private MarqueeServer server;

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
    }

    private Api organizer() {
        return new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> event(String slug, String access) {
        return Map.of("slug", slug, "title", "Event " + slug, "timezone", "America/New_York", "access", access);
    }

    @Test
    void healthIsUpAndTheApiIsDescribed() {
        Api anonymous = new Api(server);
        Api.Reply health = anonymous.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        Api.Reply openapi = anonymous.get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.raw().body()).contains("/api/v1/events/{id}/schedule", "/api/v1/stages/{id}/playback");
    }

    @Test
    void signInSetsAnHttpOnlySessionCookieAndAReadableCsrfCookie() {
        Api api = organizer();
        Api.Reply session = api.get("/api/v1/auth/session");
        assertThat(session.json().get("signedIn").asBoolean()).isTrue();
        assertThat(session.json().get("roles").toString()).contains("ORGANIZER");
        String setCookies = String.join("\n", new Api(server).post("/api/v1/auth/login",
                Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).raw().headers().allValues("Set-Cookie"));
        assertThat(setCookies).containsPattern("MARQUEE_SESSION=[^;]+;.*HttpOnly").contains("SameSite=Lax");
        assertThat(setCookies).containsPattern("XSRF-TOKEN=[^;]+;");
        assertThat(setCookies.lines().filter(l -> l.startsWith("XSRF-TOKEN"))).noneMatch(l -> l.contains("HttpOnly"));
    }

    @Test
    void wrongPasswordIsRefusedWithAJsonError() {
        Api.Reply reply = new Api(server).post("/api/v1/auth/login",
                Map.of("email", ADMIN_EMAIL, "password", "wrong-password"));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_credentials");
        assertThat(reply.json().get("detail").asText()).isNotBlank();
    }

    @Test
    void nothingIsWrittenWithoutAnOrganizerSession() {
        Api.Reply anonymous = new Api(server).post("/api/v1/events", event(unique("anon"), "PUBLIC"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asText()).isEqualTo("not_signed_in");

        Api.Reply withoutCsrf = organizer().withoutCsrf().post("/api/v1/events", event(unique("csrf"), "PUBLIC"));
        assertThat(withoutCsrf.status()).isEqualTo(403);
        assertThat(withoutCsrf.json().get("error").asText()).isEqualTo("csrf_token_invalid");
    }

    @Test
    void anOrganizerCreatesChangesAndDeletesAnEvent() {
        Api api = organizer();
        String slug = unique("conf");
        Api.Reply created = api.post("/api/v1/events", event(slug, "TICKETED"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/events/" + created.json().get("id").asLong());
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("access").asText()).isEqualTo("TICKETED");

        Api.Reply changed = api.put("/api/v1/events/" + id, Map.of("slug", slug, "title", "Renamed",
                "timezone", "Europe/Vienna", "access", "PUBLIC"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/events/" + id).json().get("title").asText()).isEqualTo("Renamed");
        assertThat(api.get("/api/v1/events/" + id).json().get("timezone").asText()).isEqualTo("Europe/Vienna");

        assertThat(api.delete("/api/v1/events/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/events/" + id).status()).isEqualTo(404);
    }

    @Test
    void aTakenSlugIsAConflict() {
        Api api = organizer();
        String slug = unique("dup");
        assertThat(api.post("/api/v1/events", event(slug, "PUBLIC")).status()).isEqualTo(201);
        Api.Reply again = api.post("/api/v1/events", event(slug, "PUBLIC"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("conflict");
        // said on the field the console labels "Address", in the console's words
        assertThat(again.json().at("/fields/0/name").asText()).isEqualTo("slug");
        assertThat(again.json().at("/fields/0/message").asText()).contains("address /e/" + slug).doesNotContain("slug");
    }

    @Test
    void invalidInputNamesEachBadField() {
        Api api = organizer();
        Api.Reply reply = api.post("/api/v1/events", Map.of("slug", "Not A Slug", "title", "", "timezone", "UTC",
                "access", "PUBLIC"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("fields").findValuesAsText("name")).containsExactlyInAnyOrder("slug", "title");
        assertThat(reply.json().get("fields").findValuesAsText("message")).anySatisfy(m -> assertThat(m)
                .startsWith("The address must be lower-case"));
        assertThat(reply.json().get("detail").asText()).contains("The address must be").doesNotContain("slug");

        Api.Reply zone = api.post("/api/v1/events", event(unique("tz"), "PUBLIC").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getKey().equals("timezone") ? (Object) "Mars/Olympus" : e.getValue())));
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.json().get("detail").asText()).contains("Mars/Olympus");

        Api.Reply malformed = api.post("/api/v1/events", "{\"slug\": ");
        assertThat(malformed.status()).isIn(400, 415);
        assertThat(malformed.json().get("error")).isNotNull();

        Api.Reply unknownAccess = api.post("/api/v1/events", Map.of("slug", unique("acc"), "title", "t",
                "timezone", "UTC", "access", "SECRET"));
        assertThat(unknownAccess.status()).isEqualTo(400);
    }

    @Test
    void privateEventsAreHiddenFromVisitors() {
        Api api = organizer();
        String slug = unique("private");
        long id = api.post("/api/v1/events", event(slug, "PRIVATE")).json().get("id").asLong();
        Api visitor = new Api(server);
        JsonNode lobby = visitor.get("/api/v1/events").json();
        assertThat(lobby.findValuesAsText("slug")).doesNotContain(slug);
        assertThat(visitor.get("/api/v1/events/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/events").json().findValuesAsText("slug")).contains(slug);
    }

    @Test
    void signingOutEndsTheSession() {
        Api api = organizer();
        assertThat(api.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/session").json().get("signedIn").asBoolean()).isFalse();
        assertThat(api.post("/api/v1/events", event(unique("after"), "PUBLIC")).status()).isEqualTo(401);
    }

    @Test
    void secretsNeverReachTheLog() {
        organizer();
        new Api(server).post("/api/v1/auth/login", Map.of("email", ADMIN_EMAIL, "password", "typo-" + ADMIN_PASSWORD));
        assertThat(server.log()).doesNotContain(ADMIN_PASSWORD).doesNotContain(SharedServers.PG_PASSWORD);
    }

    @Test
    void unknownPathsAnswerJson() {
        Api.Reply reply = new Api(server).get("/api/v1/no-such-thing");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
    }
}
