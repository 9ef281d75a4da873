package dev.marquee.systemtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The smallest Twilio Video REST API: records every request (method, path, body, Authorization) and
 * answers each with Twilio's 404 error JSON, which Marquee takes as "already gone" when completing a room.
 */
final class TwilioRestStandIn implements AutoCloseable {

    record Request(String method, String path, String body, String authorization) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    TwilioRestStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, body,
                exchange.getRequestHeaders().getFirst("Authorization")));
        byte[] json = ("{\"code\":20404,\"message\":\"The requested resource " + path.substring(3)
                + " was not found\",\"more_info\":\"https://www.twilio.com/docs/errors/20404\",\"status\":404}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(404, json.length);
        exchange.getResponseBody().write(json);
        exchange.close();
    }
}
