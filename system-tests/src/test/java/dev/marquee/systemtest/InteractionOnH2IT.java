package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.InteractionFixture.error;
import static dev.marquee.systemtest.InteractionFixture.question;
import static dev.marquee.systemtest.InteractionFixture.type;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Q&A and one vote per person over real WebSockets against the WAR: the queue's order as people ask, vote,
 * and leaders answer and pin; pre-moderation; markup made inert; the same person in two tabs.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class InteractionOnH2IT {

    private MarqueeServer server;
    private Api organizer;

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @Test
    void askVoteAnswerAndPinKeepTheQueueInOrder() {
        long stage = InteractionFixture.stage(organizer, Map.of());
        try (ChatClient host = ChatClient.signedIn(server, stage, organizer);
             ChatClient ada = ChatClient.guest(server, stage, "Ada");
             ChatClient bob = ChatClient.guest(server, stage, "Bob");
             ChatClient cat = ChatClient.guest(server, stage, "Cat")) {
            host.await(type("qa.queue"));
            ada.await(type("qa.queue"));
            ada.send(Map.of("type", "qa.ask", "text", "What comes first?"));
            JsonNode first = host.await(question("What comes first?"));
            assertThat(first.path("votes").asInt()).isEqualTo(1);
            assertThat(first.at("/author/name").asText()).isEqualTo("Ada");
            long q1 = first.path("id").asLong();
            bob.send(Map.of("type", "qa.ask", "text", "And second?"));
            long q2 = host.await(question("And second?")).path("id").asLong();

            cat.send(Map.of("type", "qa.vote", "id", q2));
            host.await(question(q2, f -> f.path("votes").asInt() == 2));
            cat.send(Map.of("type", "qa.vote", "id", q2));
            bob.send(Map.of("type", "qa.vote", "id", q2));
            assertThat(host.receives(question(q2, f -> f.path("votes").asInt() > 2), Duration.ofSeconds(1))).isFalse();
            assertThat(ids(new Api(server).get("/api/v1/stages/" + stage + "/questions").json())).containsExactly(q2, q1);

            try (ChatClient late = ChatClient.guest(server, stage, "Late")) {
                assertThat(ids(late.await(type("qa.queue")).path("questions"))).containsExactly(q2, q1);
            }

            cat.send(Map.of("type", "qa.vote", "id", q1));
            host.await(question(q1, f -> f.path("votes").asInt() == 2));
            assertThat(ids(new Api(server).get("/api/v1/stages/" + stage + "/questions").json()))
                    .as("equal votes: the older question first").containsExactly(q1, q2);

            host.send(Map.of("type", "qa.answer", "id", q1));
            ada.await(question(q1, f -> f.path("answered").asBoolean()));
            host.send(Map.of("type", "qa.pin", "id", q2));
            ada.await(question(q2, f -> f.path("pinned").asBoolean()));
            assertThat(organizer.post("/api/v1/questions/" + q1 + "/pin", Map.of()).status()).isEqualTo(200);
            ada.await(question(q2, f -> !f.path("pinned").asBoolean()));
            ada.await(question(q1, f -> f.path("pinned").asBoolean()));

            cat.send(Map.of("type", "qa.pin", "id", q2));
            assertThat(cat.await(error("forbidden")).path("detail").asText()).isNotBlank();
            assertThat(new Api(server).post("/api/v1/questions/" + q2 + "/pin", Map.of()).status()).isIn(401, 403);
            ada.send(Map.of("type", "qa.ask", "text", "One more?"));
            assertThat(ada.await(error("rate_limited")).path("detail").asText()).contains(" s");
        }
    }

    @Test
    void aPremoderatedQuestionReachesAttendeesOnlyOnceApprovedAndLeavesWhenHidden() {
        long stage = InteractionFixture.stage(organizer, Map.of("premoderated", true));
        try (ChatClient host = ChatClient.signedIn(server, stage, organizer);
             ChatClient eve = ChatClient.guest(server, stage, "Eve");
             ChatClient frank = ChatClient.guest(server, stage, "Frank")) {
            host.await(type("qa.queue"));
            frank.await(type("qa.queue"));
            eve.send(Map.of("type", "qa.ask", "text", "Is this moderated?"));
            JsonNode waiting = host.await(question("Is this moderated?"));
            assertThat(waiting.path("approved").asBoolean()).isFalse();
            long id = waiting.path("id").asLong();
            assertThat(frank.receives(question("Is this moderated?"), Duration.ofSeconds(2))).isFalse();
            assertThat(ids(new Api(server).get("/api/v1/stages/" + stage + "/questions").json())).doesNotContain(id);
            assertThat(ids(organizer.get("/api/v1/stages/" + stage + "/questions").json())).contains(id);
            frank.send(Map.of("type", "qa.vote", "id", id));
            frank.await(error("not_found"));

            host.send(Map.of("type", "qa.approve", "id", id));
            assertThat(frank.await(question("Is this moderated?")).path("approved").asBoolean()).isTrue();

            assertThat(organizer.post("/api/v1/questions/" + id + "/hide", Map.of()).json().path("hidden").asBoolean())
                    .isTrue();
            frank.await(question(id, f -> f.path("removed").asBoolean()));
            host.await(question(id, f -> f.path("hidden").asBoolean()));
            try (ChatClient late = ChatClient.guest(server, stage, "Late")) {
                assertThat(ids(late.await(type("qa.queue")).path("questions"))).doesNotContain(id);
            }
        }
    }

    @Test
    void markupInAQuestionComesBackInertAndTheExportHasThePlainText() {
        long stage = InteractionFixture.stage(organizer, Map.of("anonymous", true));
        try (ChatClient mallory = ChatClient.guest(server, stage, "Mallory");
             ChatClient shy = ChatClient.guest(server, stage, "Shy")) {
            mallory.await(type("qa.queue"));
            mallory.send(Map.of("type", "qa.ask", "text",
                    "<img src=x onerror=alert(1)>Is <b>this</b> safe?<script>alert('x')</script> 1 < 2 & \"yes\""));
            JsonNode q = mallory.await(type("qa.question"));
            assertThat(q.path("text").asText()).isEqualTo("Is this safe? 1 &lt; 2 &amp; &quot;yes&quot;")
                    .doesNotContain("<", "onerror", "script");
            shy.send(Map.of("type", "qa.ask", "text", "=cmd|' /C calc'!A0", "anonymous", true));
            JsonNode anonymous = mallory.await(f -> "qa.question".equals(f.path("type").asText())
                    && f.path("text").asText().startsWith("=cmd"));
            assertThat(anonymous.path("author").isNull()).isTrue();
        }
        Api.Reply csv = organizer.get("/api/v1/stages/" + stage + "/questions/export");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String body = csv.raw().body();
        assertThat(body).startsWith("id,asked at,author,text,votes,answered,hidden")
                .contains(",Mallory,\"Is this safe? 1 < 2 & \"\"yes\"\"\",1,false,false")
                .contains(",,'=cmd|' /C calc'!A0,1,false,false")
                .doesNotContain("<script", "onerror", "Shy");
        assertThat(new Api(server).get("/api/v1/stages/" + stage + "/questions/export").status()).isIn(401, 403);
    }

    @Test
    void onePersonVotesOnceEvenFromTwoTabs() {
        long stage = InteractionFixture.stage(organizer, Map.of());
        try (ChatClient tab1 = ChatClient.signedIn(server, stage, organizer);
             ChatClient tab2 = ChatClient.signedIn(server, stage, organizer);
             ChatClient ada = ChatClient.guest(server, stage, "Ada")) {
            ada.await(type("qa.queue"));
            ada.send(Map.of("type", "qa.ask", "text", "Vote for me?"));
            long id = tab1.await(question("Vote for me?")).path("id").asLong();
            tab1.send(Map.of("type", "qa.vote", "id", id));
            tab2.send(Map.of("type", "qa.vote", "id", id));
            tab2.send(Map.of("type", "qa.vote", "id", String.valueOf(id)));
            ada.await(question(id, f -> f.path("votes").asInt() == 2));
            assertThat(ada.receives(question(id, f -> f.path("votes").asInt() > 2), Duration.ofSeconds(1))).isFalse();

            long fixed = poll(stage, false);
            tab1.send(Map.of("type", "poll.vote", "id", fixed, "options", List.of(0)));
            tab1.await(f -> "poll.voted".equals(f.path("type").asText()) && f.path("id").asLong() == fixed);
            tab2.send(Map.of("type", "poll.vote", "id", fixed, "options", List.of(1)));
            tab2.await(error("already_voted"));
            tab2.send(Map.of("type", "poll.vote", "id", fixed, "options", List.of(0, 1)));
            tab2.await(error("invalid_vote"));
            assertThat(counts(fixed)).containsExactly(1, 0);

            long loose = poll(stage, true);
            tab1.await(f -> "poll.close".equals(f.path("type").asText()) && f.path("id").asLong() == fixed);
            tab1.send(Map.of("type", "poll.vote", "id", loose, "options", List.of(0)));
            tab1.await(f -> "poll.voted".equals(f.path("type").asText()) && f.path("id").asLong() == loose);
            tab2.send(Map.of("type", "poll.vote", "id", loose, "options", List.of(1)));
            tab1.await(f -> "poll.voted".equals(f.path("type").asText()) && f.at("/options/0").asInt() == 1);
            assertThat(counts(loose)).containsExactly(0, 1);
            tab1.send(Map.of("type", "poll.vote", "id", fixed, "options", List.of(1)));
            tab1.await(error("poll_closed"));
        }
    }

    /** Creates and opens a two-option poll on the stage. */
    private long poll(long stage, boolean changeable) {
        Api.Reply created = organizer.post("/api/v1/stages/" + stage + "/polls", Map.of("question", "Which?",
                "options", List.of("Left", "Right"), "changeable", changeable));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/polls/" + created.json().path("id").asLong());
        long id = created.json().path("id").asLong();
        assertThat(organizer.post("/api/v1/polls/" + id + "/open", Map.of()).json().path("state").asText()).isEqualTo("open");
        return id;
    }

    private List<Integer> counts(long poll) {
        JsonNode json = organizer.get("/api/v1/polls/" + poll).json();
        List<Integer> out = new java.util.ArrayList<>();
        json.path("counts").forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static List<Long> ids(JsonNode questions) {
        List<Long> out = new java.util.ArrayList<>();
        questions.forEach(q -> out.add(q.path("id").asLong()));
        return out;
    }
}
