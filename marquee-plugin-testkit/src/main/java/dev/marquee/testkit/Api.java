package dev.marquee.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A browser-like client of the REST API: keeps cookies and, like the pages do, echoes the
 * XSRF-TOKEN cookie in X-CSRF-Token on writes (unless told not to).
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final Site server;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private boolean sendCsrf = true;
    private final String host;

    public Api(Site server) {
        this(server, "127.0.0.1");
    }

    /** A client that reaches the server through another loopback address, i.e. from another address. */
    public Api(Site server, String loopbackHost) {
        this.server = server;
        this.host = loopbackHost;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A reply: status, headers and the body parsed as JSON (or null when there is none). */
    public record Reply(int status, HttpResponse<String> raw, JsonNode json) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Api withoutCsrf() {
        sendCsrf = false;
        return this;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(server.uri(host, path)).GET());
    }

    public Reply post(String path, Object body) {
        return send(json(path, body).POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /** Posts a body with the given content type (a CSV file, say). */
    public Reply postAs(String path, String contentType, byte[] body) {
        return send(csrf(HttpRequest.newBuilder(server.uri(host, path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Puts a body with the given content type (an image, say). */
    public Reply putAs(String path, String contentType, byte[] body) {
        return send(csrf(HttpRequest.newBuilder(server.uri(host, path))).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply put(String path, Object body) {
        return send(json(path, body).PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public Reply delete(String path) {
        return send(csrf(HttpRequest.newBuilder(server.uri(host, path))).DELETE());
    }

    /** Signs in as an organizer and checks that it worked. */
    public Api login(String email, String password) {
        Reply reply = post("/api/v1/auth/login", java.util.Map.of("email", email, "password", password));
        if (reply.status() != 200) {
            throw new AssertionError("Sign-in failed: " + reply.status() + " " + reply.raw().body());
        }
        return this;
    }

    /** The session cookie as a Cookie header, for clients that are not this one (a WebSocket). */
    public String cookieHeader() {
        return cookie("MARQUEE_SESSION").map(c -> "MARQUEE_SESSION=" + c.getValue()).orElse(null);
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    private HttpRequest.Builder json(String path, Object body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(host, path));
        if (!(body instanceof String)) {
            builder.header("Content-Type", "application/json");
        }
        return csrf(builder);
    }

    private HttpRequest.Builder csrf(HttpRequest.Builder builder) {
        if (sendCsrf) {
            cookie("XSRF-TOKEN").ifPresent(c -> builder.header("X-CSRF-Token", c.getValue()));
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() || !body.trim().matches("(?s)^[\\[{].*")
                    ? null : JSON.readTree(body);
            return new Reply(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
