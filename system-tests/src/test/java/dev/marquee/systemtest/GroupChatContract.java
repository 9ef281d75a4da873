package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.EventsApiContract.event;
import static dev.marquee.systemtest.EventsApiContract.unique;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group chats against the WAR: attendees signed in with their mailed access codes start a chat with
 * people of their event; only its members read it, write to it and get its frames on their stage socket.
 */
@ExtendWith(ServerExtension.class)
abstract class GroupChatContract {

    private MarqueeServer server;
    private TestMailServer mail;
    private Api organizer;

    @BeforeEach
    void connect(MarqueeServer shared, TestMailServer smtp) {
        server = shared;
        mail = smtp;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A ticketed event with one stage: {eventId, stageId}. */
    private long[] ticketedEvent() {
        long eventId = organizer.post("/api/v1/events", event(unique("grp"), "TICKETED")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "external", "settings", Map.of("url", "https://cdn.example/main.m3u8"))).json()
                .get("id").asLong();
        return new long[] {eventId, stageId};
    }

    /** The people {@code who} may pick in the event, by display name → id. */
    private static Map<String, String> people(Api who, long eventId) {
        Api.Reply reply = who.get("/api/v1/events/" + eventId + "/people");
        assertThat(reply.status()).isEqualTo(200);
        Map<String, String> ids = new HashMap<>();
        reply.json().forEach(p -> ids.put(p.get("name").asText(), p.get("id").asText()));
        return ids;
    }

    private static JsonNode createGroup(Api creator, long eventId, String name, List<String> memberIds) {
        Api.Reply created = creator.post("/api/v1/events/" + eventId + "/groups", Map.of("name", name, "members", memberIds));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void onlyMembersReadWriteAndHearAGroup() {
        long[] ids = ticketedEvent();
        String tag = unique("g");
        Map<String, Api> p = Attendees.signedIn(server, mail, organizer, ids[0], tag, "Ada", "Bob", "Cy");
        Api ada = p.get("Ada");
        Api bob = p.get("Bob");
        Api cy = p.get("Cy");

        Api.Reply listed = ada.get("/api/v1/events/" + ids[0] + "/people?q=bob");
        assertThat(listed.json()).hasSize(1);
        assertThat(listed.raw().body()).doesNotContain("@example.org", "email");
        Map<String, String> adaSees = people(ada, ids[0]);
        assertThat(adaSees).containsOnlyKeys("Bob Tester", "Cy Tester");

        try (ChatClient bobSocket = ChatClient.signedIn(server, ids[1], bob);
             ChatClient cySocket = ChatClient.signedIn(server, ids[1], cy)) {
            bobSocket.await("chat.welcome");
            cySocket.await("chat.welcome");
            JsonNode group = createGroup(ada, ids[0], "Lunch <crew>", List.of(adaSees.get("Bob Tester")));
            String groupId = group.get("id").asText();
            assertThat(group.get("name").asText()).isEqualTo("Lunch <crew>");
            assertThat(group.get("members").findValuesAsText("name")).containsExactly("Ada Tester", "Bob Tester");
            assertThat(bobSocket.await("group.updated").at("/group/id").asText()).isEqualTo(groupId);

            Api.Reply sent = ada.post("/api/v1/groups/" + groupId + "/messages", Map.of("text", "noon at <b>the</b> lobby?"));
            assertThat(sent.status()).isEqualTo(201);
            JsonNode frame = bobSocket.await("group.message");
            assertThat(frame.path("groupId").asText()).isEqualTo(groupId);
            assertThat(frame.path("text").asText()).isEqualTo("noon at the lobby?");
            assertThat(frame.at("/author/name").asText()).isEqualTo("Ada Tester");
            assertThat(bob.post("/api/v1/groups/" + groupId + "/messages", Map.of("text", "yes!")).status()).isEqualTo(201);

            assertThat(cySocket.receives(f -> f.path("type").asText().startsWith("group."), Duration.ofSeconds(2)))
                    .as("a non-member hears nothing of the group").isFalse();
            assertThat(cy.get("/api/v1/groups/" + groupId + "/messages").status()).isEqualTo(404);
            assertThat(cy.get("/api/v1/groups/" + groupId).status()).isEqualTo(404);
            assertThat(cy.post("/api/v1/groups/" + groupId + "/messages", Map.of("text", "let me in")).status())
                    .isEqualTo(404);
            assertThat(cy.delete("/api/v1/groups/" + groupId + "/members/me").status()).isEqualTo(404);
            assertThat(cy.get("/api/v1/events/" + ids[0] + "/groups").json()).isEmpty();
            assertThat(new Api(server).get("/api/v1/groups/" + groupId + "/messages").status()).isEqualTo(401);
        }

        String groupId = bob.get("/api/v1/events/" + ids[0] + "/groups").json().get(0).get("id").asText();
        Api bobAgain = new Api(server);
        assertThat(bobAgain.post("/api/v1/auth/access-code",
                Map.of("code", mail.awaitCode(Attendees.email(tag, "Bob"), 1))).status()).isEqualTo(200);
        JsonNode history = bobAgain.get("/api/v1/groups/" + groupId + "/messages").json();
        assertThat(history.findValuesAsText("text")).containsExactly("noon at the lobby?", "yes!");
        assertThat(history.get(1).at("/author/name").asText()).isEqualTo("Bob Tester");
    }

    @Test
    void onlyPeopleOfTheEventMayStartJoinOrBeAdded() {
        long[] ids = ticketedEvent();
        long[] other = ticketedEvent();
        String tag = unique("o");
        Api ada = Attendees.signedIn(server, mail, organizer, ids[0], tag, "Ada", "Bob").get("Ada");
        Api dee = Attendees.signedIn(server, mail, organizer, other[0], tag + "x", "Dee").get("Dee");
        String deeId = "attendee:" + organizer.get("/api/v1/events/" + other[0] + "/attendees").json().get(0).get("id").asText();
        String bobId = people(ada, ids[0]).get("Bob Tester");

        Api.Reply stranger = ada.post("/api/v1/events/" + ids[0] + "/groups", Map.of("members", List.of(bobId, deeId)));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(ada.post("/api/v1/events/" + ids[0] + "/groups", Map.of("members", List.of())).status()).isEqualTo(400);
        assertThat(ada.get("/api/v1/events/" + ids[0] + "/groups").json()).isEmpty();

        assertThat(dee.get("/api/v1/events/" + ids[0] + "/people").status()).isEqualTo(403);
        assertThat(dee.post("/api/v1/events/" + ids[0] + "/groups", Map.of("members", List.of(bobId))).status())
                .isEqualTo(403);
        Api guest = new Api(server);
        assertThat(guest.get("/api/v1/events/" + ids[0] + "/people").status()).isEqualTo(401);
        assertThat(guest.post("/api/v1/events/" + ids[0] + "/groups", Map.of("members", List.of(bobId))).status())
                .isEqualTo(401);
        long open = organizer.post("/api/v1/events", event(unique("pub"), "PUBLIC")).json().get("id").asLong();
        assertThat(guest.get("/api/v1/events/" + open + "/groups").status()).isEqualTo(401);

        JsonNode byOrganizer = createGroup(organizer, ids[0], "", List.of(bobId));
        assertThat(byOrganizer.get("name").isNull()).isTrue();
        assertThat(byOrganizer.get("members")).hasSize(2);
    }

    @Test
    void leavingRateLimitAndRevokedAccess() {
        long[] ids = ticketedEvent();
        String tag = unique("l");
        Map<String, Api> p = Attendees.signedIn(server, mail, organizer, ids[0], tag, "Ada", "Bob", "Cy");
        Api ada = p.get("Ada");
        Map<String, String> adaSees = people(ada, ids[0]);
        String groupId = createGroup(ada, ids[0], "Three", List.of(adaSees.get("Bob Tester"), adaSees.get("Cy Tester")))
                .get("id").asText();

        try (ChatClient adaSocket = ChatClient.signedIn(server, ids[1], ada)) {
            adaSocket.await("chat.welcome");
            assertThat(p.get("Cy").delete("/api/v1/groups/" + groupId + "/members/me").status()).isEqualTo(204);
            JsonNode updated = adaSocket.await("group.updated");
            assertThat(updated.at("/group/members").findValuesAsText("name")).containsExactly("Ada Tester", "Bob Tester");
            assertThat(p.get("Cy").get("/api/v1/groups/" + groupId + "/messages").status()).isEqualTo(404);

            Api.Reply limited = null;
            for (int i = 0; i < 10 && (limited == null || limited.status() == 201); i++) {
                limited = ada.post("/api/v1/groups/" + groupId + "/messages", Map.of("text", "spam " + i));
            }
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().get("error").asText()).isEqualTo("rate_limited");
            assertThat(ada.post("/api/v1/groups/" + groupId + "/messages", Map.of("text", " ")).status()).isIn(400, 429);

            Attendees.upload(organizer, ids[0], tag, "Refunded", "Bob");
            adaSocket.await(f -> "group.updated".equals(f.path("type").asText())
                    && f.at("/group/members").size() == 1);
        }
        Instant deadline = Instant.now().plusSeconds(10);
        while (ada.get("/api/v1/groups/" + groupId).json().get("members").size() > 1 && Instant.now().isBefore(deadline)) {
            MarqueeServer.sleep(200);
        }
        assertThat(ada.get("/api/v1/groups/" + groupId).json().get("members").findValuesAsText("name"))
                .containsExactly("Ada Tester");
        assertThat(ada.delete("/api/v1/groups/" + groupId + "/members/me").status()).isEqualTo(204);
        assertThat(ada.get("/api/v1/groups/" + groupId).status()).isEqualTo(404);
    }
}
