package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook endpoint on 127.0.0.2 (the address the test servers allow) that checks each message the
 * way the Standard Webhooks specification tells receivers to: the HMAC-SHA256, under the base64-decoded
 * secret after {@code whsec_}, of {@code webhook-id.webhook-timestamp.body}, must equal one of the
 * space-separated {@code v1,<base64>} signatures, and the timestamp must be within five minutes of now.
 * It answers {@link #answer} (200 unless told otherwise), after {@link #delayMillis}; it can be stopped
 * and started again on the same port (a receiver that is down).
 */
final class WebhookReceiver implements AutoCloseable {

    /** A message as received: headers, body, whether its signature verified, and what was answered. */
    record Received(String id, long timestamp, String signature, String body, boolean verified, int answered) {

        JsonNode json() {
            try {
                return Api.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String type() {
            return json().path("type").asText();
        }
    }

    private static final long TOLERANCE_SECONDS = 300;

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger started = new AtomicInteger();
    private volatile byte[] key;
    private volatile int answer = 200;
    private volatile long delayMillis;
    private HttpServer server;

    WebhookReceiver() {
        this(0);
    }

    WebhookReceiver(int port) {
        this.port = port == 0 ? MarqueeServer.freeTcpPort() : port;
        start();
    }

    /** The URL to register. */
    String url() {
        return "http://" + ExportServer.ALLOWED_HOST + ":" + port + "/hooks";
    }

    /** The secret the messages are verified with (the one the create answered). */
    WebhookReceiver secret(String whsec) {
        this.key = Base64.getDecoder().decode(whsec.substring("whsec_".length()));
        return this;
    }

    WebhookReceiver answering(int status) {
        this.answer = status;
        return this;
    }

    WebhookReceiver delaying(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Requests that arrived (answered or not yet), so a test can tell one is in flight. */
    int requestsStarted() {
        return started.get();
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Messages of {@code type} answered 2xx. */
    List<Received> delivered(String type) {
        return received.stream().filter(r -> r.answered() / 100 == 2 && type.equals(r.type())).toList();
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(ExportServer.ALLOWED_HOST, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hooks", this::handle);
        server.start();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        started.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        boolean verified = verify(id, ts, signature, body);
        if (delayMillis > 0) {
            MarqueeServer.sleep(delayMillis);
        }
        int status = answer;
        long timestamp = ts == null ? -1 : parse(ts);
        received.add(new Received(id, timestamp, signature, new String(body, StandardCharsets.UTF_8), verified, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private boolean verify(String id, String ts, String header, byte[] body) {
        if (key == null || id == null || ts == null || header == null) {
            return false;
        }
        long timestamp = parse(ts);
        if (Math.abs(System.currentTimeMillis() / 1000 - timestamp) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected = hmac((id + "." + ts + ".").getBytes(StandardCharsets.UTF_8), body);
        for (String candidate : header.split(" ")) {
            String[] parts = candidate.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    private byte[] hmac(byte[] head, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(head);
            return mac.doFinal(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long parse(String ts) {
        try {
            return Long.parseLong(ts);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
