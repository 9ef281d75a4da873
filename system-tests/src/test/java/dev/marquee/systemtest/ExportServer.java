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
 */
final class ExportServer implements AutoCloseable {

    static final String API_KEY = "test-api-key-never-logged";

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> requests = new ConcurrentHashMap<>();

    ExportServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code csv} at {@code path} from now on. */
    String publish(String path, String csv) {
        files.put(path, csv.getBytes(StandardCharsets.UTF_8));
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many times {@code path} was asked for, with the right key or not. */
    int requests(String path) {
        var count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new java.util.concurrent.atomic.AtomicInteger())
                .incrementAndGet();
        try (exchange) {
            if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            byte[] body = files.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=utf-8");
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
