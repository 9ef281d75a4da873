package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.Site;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client of the stage socket (the JDK's), collecting every frame it receives. A
 * "slow" client never asks for more than its first frame, so it stops reading, as a stalled browser does.
 */
final class ChatClient implements AutoCloseable {

    private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;
    private final StringBuilder partial = new StringBuilder();

    private volatile java.util.function.Consumer<JsonNode> tap = f -> { };

    private ChatClient(URI uri, String cookie, boolean slow) {
        this(HttpClient.newHttpClient(), uri, cookie, slow);
    }

    private ChatClient(HttpClient http, URI uri, String cookie, boolean slow) {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        this.socket = builder.buildAsync(uri, new Listener(slow)).join();
    }

    static ChatClient guest(Site server, long stageId, String name) {
        return new ChatClient(uri(server, stageId, name), null, false);
    }

    /** A guest whose browser holds these cookies (e.g. the guest id an event page gave it). */
    static ChatClient guest(Site server, long stageId, String name, String cookieHeader) {
        return new ChatClient(uri(server, stageId, name), cookieHeader, false);
    }

    /** A guest on a shared HTTP client (many clients in one test cost one client's threads). */
    static ChatClient guest(HttpClient shared, Site server, long stageId, String name) {
        return new ChatClient(shared, uri(server, stageId, name), null, false);
    }

    /** Also hands every frame to {@code tap} as it arrives, on the client's thread (it must be quick). */
    ChatClient tap(java.util.function.Consumer<JsonNode> tap) {
        this.tap = tap;
        return this;
    }

    static ChatClient slowGuest(Site server, long stageId, String name) {
        return new ChatClient(uri(server, stageId, name), null, true);
    }

    static ChatClient signedIn(Site server, long stageId, Api api) {
        return new ChatClient(uri(server, stageId, null), api.cookieHeader(), false);
    }

    private static URI uri(Site server, long stageId, String name) {
        String http = server.uri("/ws/stages/" + stageId).toString().replaceFirst("^http", "ws");
        return URI.create(name == null ? http : http + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    void send(Map<String, Object> frame) {
        try {
            socket.sendText(Api.JSON.writeValueAsString(frame), true).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void say(String text) {
        send(Map.of("type", "chat.send", "text", text));
    }

    /** The next frame matching, within 10 s (frames before it stay readable through {@link #seen()}). */
    JsonNode await(Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonNode next;
            try {
                next = frames.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (next != null) {
                seen.add(next);
                if (wanted.test(next)) {
                    return next;
                }
            }
        }
        throw new AssertionError("No such frame within 10 s; got " + seen);
    }

    JsonNode await(String type) {
        return await(f -> type.equals(f.path("type").asText()));
    }

    /** A chat.message with this text. */
    JsonNode awaitMessage(String text) {
        return await(f -> "chat.message".equals(f.path("type").asText()) && text.equals(f.path("text").asText()));
    }

    /** Whether a frame matching arrives within the time (false when none does). */
    boolean receives(Predicate<JsonNode> wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode next = frames.poll();
            if (next == null) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                continue;
            }
            seen.add(next);
            if (wanted.test(next)) {
                return true;
            }
        }
        return false;
    }

    List<JsonNode> seen() {
        return seen;
    }

    /** The close code the server sent, within 10 s. */
    int awaitClose() {
        return closed.orTimeout(15, TimeUnit.SECONDS).join();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final boolean slow;

        Listener(boolean slow) {
            this.slow = slow;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode frame = Api.JSON.readTree(partial.toString());
                    tap.accept(frame);
                    frames.add(frame);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            if (!slow) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
