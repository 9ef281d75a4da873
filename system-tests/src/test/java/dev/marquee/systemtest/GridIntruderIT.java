package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.DistributedObject;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who reaches the data grid without Marquee's secret, here Hazelcast's own client in this JVM
 * connecting to a Marquee instance's grid port with the cluster's name (the default one, or one
 * guessed): it listens to every topic, reads every map, and publishes what it captured again plus
 * junk. It must learn nothing (no chat text, no address or email in any key or value) and make no
 * instance act (no message delivered twice, nothing that was not sent).
 */
class GridIntruderIT {

    private static final String CLUSTER = "marquee-intruder-" + UUID.randomUUID().toString().substring(0, 8);

    private static MarqueeServer server;
    private static int gridPort;
    private static HazelcastInstance intruder;

    @BeforeAll
    static void start() {
        gridPort = MarqueeServer.freeTcpPort();
        server = new MarqueeServer(MarqueeServer.newWorkDir("grid-intruder"), Map.of(
                "MARQUEE_ADMIN_EMAIL", SharedServers.ADMIN_EMAIL, "MARQUEE_ADMIN_PASSWORD", SharedServers.ADMIN_PASSWORD,
                "MARQUEE_DEMO", "false"))
                .inCluster(CLUSTER, "A", List.of(gridPort), 0).start();
        ClientConfig config = new ClientConfig();
        config.setClusterName(CLUSTER);
        config.getNetworkConfig().addAddress("127.0.0.1:" + gridPort);
        config.setProperty("hazelcast.logging.type", "none");
        intruder = HazelcastClient.newHazelcastClient(config);
    }

    @AfterAll
    static void stop() {
        if (intruder != null) {
            intruder.shutdown();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void thePublicReadinessCheckDoesNotNameTheCluster() throws Exception {
        HttpResponse<String> ready = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build().send(
                        HttpRequest.newBuilder(server.uri("/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"cluster\"", "\"members\":\"1\"").doesNotContain(CLUSTER);
    }

    @Test
    void anIntruderInTheGridReadsNothingAndMakesNoInstanceAct() {
        Api organizer = new Api(server).login(SharedServers.ADMIN_EMAIL, SharedServers.ADMIN_PASSWORD);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", "intruded", "title", "Intruded",
                "timezone", "UTC", "access", "PUBLIC")).json().get("id").asLong();
        long stage = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "external", "settings", Map.of("url", "https://example.org/live.m3u8"))).json().get("id").asLong();
        assertThat(new Api(server).post("/api/v1/auth/login",
                Map.of("email", "someone@intruded.test", "password", "a wrong password")).status()).isEqualTo(401);

        try (ChatClient alice = ChatClient.guest(server, stage, "Alice");
             ChatClient bob = ChatClient.guest(server, stage, "Bob")) {
            alice.await("chat.welcome");
            bob.await("chat.welcome");
            alice.say("warm-up so every topic exists");
            bob.awaitMessage("warm-up so every topic exists");

            Map<String, List<byte[]>> captured = new ConcurrentHashMap<>();
            for (DistributedObject object : intruder.getDistributedObjects()) {
                if (object instanceof ITopic<?> topic && topic.getName().startsWith("marquee")) {
                    List<byte[]> messages = new CopyOnWriteArrayList<>();
                    captured.put(topic.getName(), messages);
                    ((ITopic<Object>) topic).addMessageListener(m -> messages.add(bytes(m.getMessageObject())));
                }
            }
            assertThat(captured).as("the intruder found the topics").isNotEmpty();

            alice.say("the secret plan is at noon");
            bob.awaitMessage("the secret plan is at noon");
            MarqueeServer.sleep(1000);
            List<String> heard = new ArrayList<>();
            captured.values().forEach(list -> list.forEach(b -> heard.add(new String(b, StandardCharsets.ISO_8859_1))));
            assertThat(heard).as("the intruder captured messages").isNotEmpty();
            assertThat(heard).noneMatch(m -> m.contains("secret plan"));

            List<String> state = new ArrayList<>();
            for (DistributedObject object : intruder.getDistributedObjects()) {
                if (object instanceof IMap<?, ?> map && map.getName().startsWith("marquee")) {
                    state.add(map.getName());
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        state.add(String.valueOf(e.getKey()));
                        state.add(new String(bytes(e.getValue()), StandardCharsets.ISO_8859_1));
                    }
                }
            }
            assertThat(state).as("map names, keys and values").noneMatch(s -> s.contains("127.0.0.1")
                    || s.contains("intruded.test") || s.contains("stage:" + stage) || s.contains("password|"));

            captured.forEach((name, messages) -> {
                ITopic<Object> topic = intruder.getTopic(name);
                messages.forEach(topic::publish);
                topic.publish("junk".getBytes(StandardCharsets.UTF_8));
            });
            MarqueeServer.sleep(3000);
            alice.say("after the replay");
            bob.awaitMessage("after the replay");
            assertThat(bob.seen()).as("a replayed message is not delivered again, nor junk")
                    .filteredOn(f -> "chat.message".equals(f.path("type").asText()))
                    .extracting(f -> f.path("text").asText())
                    .containsExactly("warm-up so every topic exists", "the secret plan is at noon", "after the replay");
        }
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }
}
