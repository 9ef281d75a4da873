package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bare HTTP-FLV player: one GET with a browser's User-Agent whose body a thread reads (and throws
 * away) until the server ends it or {@link #close} hangs up. A refused request keeps its status and
 * JSON body.
 */
final class FlvPlayer implements AutoCloseable {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/126.0.0.0 Safari/537.36";

    /**
     * HTTP/1.1, as players speak it: over HTTP/2 (h2c) the client would carry every player on one
     * connection, and hanging one up would reset the session and end them all.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final int status;
    private final JsonNode error;
    private final InputStream body;
    private final AtomicLong received = new AtomicLong();
    private final AtomicBoolean ended = new AtomicBoolean();

    private FlvPlayer(int status, JsonNode error, InputStream body) {
        this.status = status;
        this.error = error;
        this.body = body;
    }

    /** Starts playing {@code url} (answers once the status is known). */
    static FlvPlayer play(URI url, String userAgent) {
        try {
            HttpResponse<InputStream> response = CLIENT.send(HttpRequest.newBuilder(url).header("User-Agent", userAgent)
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                String text;
                try (InputStream in = response.body()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                return new FlvPlayer(response.statusCode(), text.startsWith("{") ? Api.JSON.readTree(text) : null, null);
            }
            FlvPlayer player = new FlvPlayer(200, null, response.body());
            Thread reader = new Thread(player::read, "flv-player");
            reader.setDaemon(true);
            reader.start();
            return player;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void read() {
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                received.addAndGet(n);
            }
        } catch (IOException e) {
            // hung up or cut off: either way it ended
        } finally {
            ended.set(true);
        }
    }

    int status() {
        return status;
    }

    /** The JSON body of a refusal. */
    JsonNode error() {
        return error;
    }

    long received() {
        return received.get();
    }

    /** Whether the response ended (the server closed it, or this player hung up). */
    boolean ended() {
        return status != 200 || ended.get();
    }

    @Override
    public void close() {
        if (body != null) {
            try {
                body.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
