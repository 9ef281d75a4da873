package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that stops reading is disconnected and the others get every message. Its own server, with
 * limits raised so one sender can push megabytes fast enough to fill a stalled client's socket buffers
 * and then its queue (kept small here).
 */
class ChatSlowReaderIT {

    private static final int MESSAGES = 12000;

    private static MarqueeServer server;

    @BeforeAll
    static void start() {
        server = new MarqueeServer(MarqueeServer.newWorkDir("chat-slow"), Map.of(
                "MARQUEE_ADMIN_EMAIL", ADMIN_EMAIL,
                "MARQUEE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "MARQUEE_DEMO", "false",
                "MARQUEE_CHAT_BURST", "100000",
                "MARQUEE_CHAT_PER_SECOND", "100000",
                "MARQUEE_CHAT_MAX_LENGTH", "2000",
                "MARQUEE_CHAT_SEND_QUEUE", "32")).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** A WebSocket client that completes the handshake, with a tiny receive buffer, and never reads again. */
    private static Socket stalledClient(long stageId) {
        try {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(4096);
            URI uri = server.uri("/ws/stages/" + stageId);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            String upgrade = "GET /ws/stages/" + stageId + "?name=Stalled HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                    + uri.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
            socket.getOutputStream().write(upgrade.getBytes(StandardCharsets.US_ASCII));
            byte[] head = new byte[12];
            int read = socket.getInputStream().readNBytes(head, 0, head.length);
            assertThat(new String(head, 0, read, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 101");
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aStalledReaderIsDroppedAndTheOthersGetEverything() throws IOException {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", "slow", "title", "Slow readers",
                "timezone", "UTC", "access", "PUBLIC")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "external", "settings", Map.of("url", "https://example.org/live.m3u8"))).json().get("id").asLong();

        try (Socket stalled = stalledClient(stageId);
             ChatClient reader = ChatClient.guest(server, stageId, "Reader");
             ChatClient sender = ChatClient.guest(server, stageId, "Sender")) {
            reader.await("chat.welcome");
            String padding = "x".repeat(1990);
            reader.await(f -> "presence".equals(f.path("type").asText()) && f.path("viewers").asInt() == 3);
            int sent = 0;
            while (sent < MESSAGES) {
                sender.say(String.format("%05d ", sent++) + padding);
            }
            reader.await(f -> "presence".equals(f.path("type").asText()) && f.path("viewers").asInt() == 2);
            assertThat(server.log()).doesNotContain("OutOfMemoryError");
            sender.say("last one");
            reader.awaitMessage("last one");
            long numbered = reader.seen().stream().filter(f -> "chat.message".equals(f.path("type").asText()))
                    .map(f -> f.path("text").asText()).filter(t -> t.matches("\\d{5} x+")).distinct().count();
            assertThat(numbered).isEqualTo(sent);
            assertThat(reader.isClosed()).isFalse();
        }
    }
}
