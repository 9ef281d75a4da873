package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static dev.marquee.systemtest.InteractionFixture.error;
import static dev.marquee.systemtest.InteractionFixture.question;
import static dev.marquee.systemtest.InteractionFixture.type;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interaction on two Marquee instances of one cluster on PostgreSQL, REST through nginx and sockets held on
 * each instance: one vote per person holds when the same person votes on both, polls count exactly, and
 * reaction bursts carry the clicks of both sides to both sides.
 */
class ClusterInteractionIT {

    private static final String SCHEMA = "marquee_interaction_cluster";

    private static MarqueeServer a;
    private static MarqueeServer b;
    private static Nginx nginx;
    private static Api organizer;

    @BeforeAll
    static void startCluster() {
        SharedServers.resetSchema(SCHEMA);
        Map<String, String> env = new HashMap<>();
        env.put("MARQUEE_DB_URL", SharedServers.PG_URL + "?currentSchema=" + SCHEMA);
        env.put("MARQUEE_DB_USER", "postgres");
        env.put("MARQUEE_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("MARQUEE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("MARQUEE_DEMO", "false");
        env.put("MARQUEE_HTTP_TRUSTED_PROXIES", "127.0.0.1");
        List<Integer> grid = List.of(MarqueeServer.freeTcpPort(), MarqueeServer.freeTcpPort());
        String cluster = "marquee-ia-" + UUID.randomUUID().toString().substring(0, 8);
        a = new MarqueeServer(MarqueeServer.newWorkDir("ia-cluster-a"), env).inCluster(cluster, "A", grid, 0).start();
        b = new MarqueeServer(MarqueeServer.newWorkDir("ia-cluster-b"), env).inCluster(cluster, "B", grid, 1).start();
        await(Duration.ofSeconds(60), () -> ClusterSetup.clusterSize(a) == 2 && ClusterSetup.clusterSize(b) == 2);
        nginx = Nginx.start(MarqueeServer.newWorkDir("ia-nginx"), List.of(a, b));
        organizer = new Api(nginx).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopCluster() {
        if (nginx != null) {
            nginx.close();
        }
        for (MarqueeServer server : new MarqueeServer[]{a, b}) {
            if (server != null) {
                server.stop();
            }
        }
    }

    @Test
    void onePersonVotesOnceWhicheverInstanceTheirTabsAreOn() {
        long stage = InteractionFixture.stage(organizer, Map.of());
        try (ChatClient hostOnA = ChatClient.signedIn(a, stage, organizer);
             ChatClient hostOnB = ChatClient.signedIn(b, stage, organizer);
             ChatClient adaOnA = ChatClient.guest(a, stage, "Ada");
             ChatClient bobOnB = ChatClient.guest(b, stage, "Bob")) {
            for (ChatClient c : List.of(hostOnA, hostOnB, adaOnA, bobOnB)) {
                c.await(type("qa.queue"));
            }
            adaOnA.send(Map.of("type", "qa.ask", "text", "Asked on A?"));
            long id = bobOnB.await(question("Asked on A?")).path("id").asLong();
            hostOnA.send(Map.of("type", "qa.vote", "id", id));
            hostOnB.send(Map.of("type", "qa.vote", "id", id));
            bobOnB.send(Map.of("type", "qa.vote", "id", id));
            adaOnA.await(question(id, f -> f.path("votes").asInt() == 3));
            assertThat(adaOnA.receives(question(id, f -> f.path("votes").asInt() > 3), Duration.ofSeconds(1))).isFalse();
            assertThat(new Api(a).get("/api/v1/stages/" + stage + "/questions").json().at("/0/votes").asInt()).isEqualTo(3);

            long poll = organizer.post("/api/v1/stages/" + stage + "/polls", Map.of("question", "Where?",
                    "options", List.of("A", "B"), "changeable", false)).json().path("id").asLong();
            organizer.post("/api/v1/polls/" + poll + "/open", Map.of());
            adaOnA.await(type("poll.open"));
            bobOnB.await(type("poll.open"));
            hostOnA.send(Map.of("type", "poll.vote", "id", poll, "options", List.of(0)));
            hostOnB.send(Map.of("type", "poll.vote", "id", poll, "options", List.of(1)));
            adaOnA.send(Map.of("type", "poll.vote", "id", poll, "options", List.of(0)));
            bobOnB.send(Map.of("type", "poll.vote", "id", poll, "options", List.of(1)));
            JsonNode results = bobOnB.await(f -> "poll.results".equals(f.path("type").asText()) && f.path("total").asInt() == 3);
            assertThat(results.path("counts").get(0).asInt() + results.path("counts").get(1).asInt()).isEqualTo(3);
            boolean refusedOnA = hostOnA.receives(error("already_voted"), Duration.ofSeconds(2));
            boolean refusedOnB = refusedOnA || hostOnB.receives(error("already_voted"), Duration.ofSeconds(1));
            assertThat(refusedOnB).as("one of the host's two tabs was refused").isTrue();
            organizer.post("/api/v1/polls/" + poll + "/close", Map.of());
            JsonNode closedOnA = adaOnA.await(type("poll.close"));
            JsonNode closedOnB = bobOnB.await(type("poll.close"));
            assertThat(closedOnA.path("total").asInt()).isEqualTo(3);
            assertThat(closedOnB.path("counts")).isEqualTo(closedOnA.path("counts"));
        }
    }

    @Test
    void reactionBurstsCarryBothSidesClicksToBothSides() throws Exception {
        long stage = InteractionFixture.stage(organizer, Map.of());
        HttpClient http = HttpClient.newHttpClient();
        List<ChatClient> clients = new ArrayList<>();
        List<AtomicLong> counted = new ArrayList<>();
        List<List<Long>> arrivals = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                AtomicLong sum = new AtomicLong();
                List<Long> times = new CopyOnWriteArrayList<>();
                counted.add(sum);
                arrivals.add(times);
                clients.add(ChatClient.guest(http, i % 2 == 0 ? a : b, stage, "Fan " + i).tap(f -> {
                    if ("reaction.burst".equals(f.path("type").asText())) {
                        times.add(System.nanoTime());
                        f.path("counts").forEach(n -> sum.addAndGet(n.asLong()));
                    }
                }));
            }
            for (ChatClient c : clients) {
                c.await(type("chat.welcome"));
            }
            for (int round = 0; round < 8; round++) {
                for (int i = 0; i < clients.size(); i++) {
                    clients.get(i).send(Map.of("type", "reaction.send", "emoji", i % 2 == 0 ? "👏" : "❤️"));
                }
                TimeUnit.MILLISECONDS.sleep(250);
            }
            long expected = 40L * 8;
            await(Duration.ofSeconds(10), () -> counted.stream().allMatch(n -> n.get() >= expected));
            MarqueeServer.sleep(600);
            assertThat(counted).allMatch(n -> n.get() == expected, "every click counted once, on both sides");
            for (List<Long> times : arrivals) {
                assertThat(mostWithin900Ms(times)).as("bursts a client got within 900 ms").isLessThanOrEqualTo(4);
            }
        } finally {
            clients.forEach(ChatClient::close);
        }
    }

    private static int mostWithin900Ms(List<Long> times) {
        int most = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (times.get(end) - times.get(start) >= 900_000_000L) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }

    private static void await(Duration limit, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out");
            }
            MarqueeServer.sleep(100);
        }
    }
}
