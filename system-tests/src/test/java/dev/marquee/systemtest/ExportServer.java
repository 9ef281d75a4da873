package dev.marquee.systemtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the ticket shop's export endpoint: serves CSV files by path, only with the right
 * {@code X-API-Key} header, with an ETag and 304 for an unchanged file, as a CSV export server would.
 * It listens on 127.0.0.2, the one loopback address the shared servers allow outbound requests to
 * ({@code MARQUEE_OUTBOUND_ALLOW}); {@link #on} puts one elsewhere (127.0.0.1: an internal service
 * that Marquee must not reach). It can also answer with any body and content type, redirect, and
 * tell which {@code X-API-Key} each request carried; {@link #publishOpen} serves a file without a key.
 */
final class ExportServer implements AutoCloseable {

    static final String API_KEY = "test-api-key-never-logged";
    /** The loopback address export servers listen on, and the only one the shared servers may fetch from. */
    static final String ALLOWED_HOST = "127.0.0.2";

    private record Answer(String contentType, byte[] body, String location, boolean open) {
    }

    private final HttpServer server;
    private final String host;
    private final Map<String, Answer> files = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, java.util.List<String>> keys = new ConcurrentHashMap<>();

    ExportServer() {
        this(ALLOWED_HOST);
    }

    private ExportServer(String host) {
        this.host = host;
        try {
            server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** An export server on another loopback address (127.0.0.1: one the shared servers do not allow). */
    static ExportServer on(String host) {
        return new ExportServer(host);
    }

    /** Serves {@code csv} at {@code path} from now on. */
    String publish(String path, String csv) {
        return publish(path, "text/csv; charset=utf-8", csv);
    }

    /** Serves {@code body} as {@code contentType} at {@code path} from now on (an HTML or JSON page, say). */
    String publish(String path, String contentType, String body) {
        files.put(path, new Answer(contentType, body.getBytes(StandardCharsets.UTF_8), null, false));
        return url(path);
    }

    /** Serves {@code body} at {@code path} to anyone, with or without the key (a public schedule export). */
    String publishOpen(String path, String contentType, String body) {
        files.put(path, new Answer(contentType, body.getBytes(StandardCharsets.UTF_8), null, true));
        return url(path);
    }

    /** Answers {@code path} with a 302 to {@code location} from now on. */
    String redirect(String path, String location) {
        files.put(path, new Answer(null, new byte[0], location, false));
        return url(path);
    }

    String url(String path) {
        return "http://" + host + ":" + port() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The {@code X-API-Key} of every request for {@code path}, in order ("" for a request without one). */
    java.util.List<String> keysSent(String path) {
        return java.util.List.copyOf(keys.getOrDefault(path, java.util.List.of()));
    }

    /** How many times {@code path} was asked for, with the right key or not. */
    int requests(String path) {
        var count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        String key = exchange.getRequestHeaders().getFirst("X-API-Key");
        keys.computeIfAbsent(path, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(key == null ? "" : key);
        try (exchange) {
            Answer answer = files.get(path);
            if (!API_KEY.equals(key) && (answer == null || !answer.open())) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (answer.location() != null) {
                exchange.getResponseHeaders().add("Location", answer.location());
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            byte[] body = answer.body();
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
