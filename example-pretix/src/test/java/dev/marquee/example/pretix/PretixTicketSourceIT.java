package dev.marquee.example.pretix;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.marquee.testkit.Api;
import dev.marquee.testkit.Marquee;
import dev.marquee.testkit.MarqueePluginTest;
import dev.marquee.testkit.tck.TicketSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.net.http.HttpClient;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pretix plugin's JAR in a real Marquee's plugins directory, reading a stand-in of pretix's order list
 * on 127.0.0.2 (which the operator allows with {@code MARQUEE_OUTBOUND_ALLOW}, so plain http is accepted):
 * the test kit's ticket source contract, then a {@code next} link to another server, which is not followed.
 */
@MarqueePluginTest(env = {"MARQUEE_OUTBOUND_ALLOW=127.0.0.2"})
class PretixTicketSourceIT extends TicketSourceContract {

    private static final String TOKEN = "pretix-tck-token-4f9a2c";
    private static final String ORDERS = "/api/v1/organizers/marquee/events/tck/orders/";
    private static final String ELSEWHERE = "/api/v1/organizers/elsewhere/events/tck/orders/";
    private static final Instant GENERATED = Instant.parse("2026-12-01T12:00:00Z");
    private static final List<String> BUYERS = List.of("ada@example.org", "grace@example.org", "linus@example.org");

    private static HttpServer pretix;
    private static HttpServer thief;
    private static final AtomicInteger STOLEN = new AtomicInteger();

    @BeforeAll
    static void startPretix() throws IOException {
        thief = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        thief.createContext("/", exchange -> {
            STOLEN.incrementAndGet();
            answer(exchange, 200, "{\"results\":[]}", Map.of());
        });
        thief.start();
        pretix = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        pretix.createContext("/", PretixTicketSourceIT::orders);
        pretix.start();
    }

    @AfterAll
    static void stopPretix() {
        pretix.stop(0);
        thief.stop(0);
    }

    /** pretix's order list as documented: token auth, pages with a next link, modified_since. */
    private static void orders(HttpExchange exchange) throws IOException {
        if (!("Token " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"detail\":\"Invalid token.\"}", Map.of());
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        Map<String, String> generated = Map.of("X-Page-Generated", GENERATED.toString());
        if (path.equals(ELSEWHERE)) {
            answer(exchange, 200, page("http://127.0.0.2:" + thief.getAddress().getPort() + ELSEWHERE + "?page=2", ""), generated);
            return;
        }
        if (!path.equals(ORDERS)) {
            answer(exchange, 404, "{\"detail\":\"Not found.\"}", Map.of());
            return;
        }
        String since = parameter(query, "modified_since");
        if (since != null && !Instant.parse(since).isBefore(GENERATED)) {
            answer(exchange, 200, page(null, ""), generated);
        } else if ("2".equals(parameter(query, "page"))) {
            answer(exchange, 200, page(null, canceledOrder() + "," + linusOrder()), generated);
        } else {
            String next = "http://127.0.0.2:" + pretix.getAddress().getPort() + ORDERS + "?" + query + "&page=2";
            answer(exchange, 200, page(next, paidOrder() + "," + pendingOrder()), generated);
        }
    }

    private static String page(String next, String results) {
        return "{\"count\":4,\"next\":" + (next == null ? "null" : "\"" + next + "\"") + ",\"previous\":null,\"results\":["
                + results + "]}";
    }

    private static String paidOrder() {
        return "{\"code\":\"PAID1\",\"status\":\"p\",\"testmode\":false,\"email\":\"grace@example.org\","
                + "\"datetime\":\"2026-11-01T10:00:00Z\",\"last_modified\":\"2026-11-01T10:05:00Z\",\"positions\":["
                + "{\"id\":101,\"order\":\"PAID1\",\"positionid\":1,\"canceled\":false,\"item\":1,\"attendee_name\":\"Ada Lovelace\","
                + "\"attendee_name_parts\":{\"given_name\":\"Ada\",\"family_name\":\"Lovelace\"},\"attendee_email\":\"ada@example.org\",\"addon_to\":null},"
                + "{\"id\":102,\"order\":\"PAID1\",\"positionid\":2,\"canceled\":false,\"item\":1,\"attendee_name\":\"Grace Hopper\","
                + "\"attendee_name_parts\":{\"full_name\":\"Grace Hopper\"},\"attendee_email\":null,\"addon_to\":null}]}";
    }

    private static String pendingOrder() {
        return "{\"code\":\"PEND1\",\"status\":\"n\",\"email\":\"pending@example.org\",\"datetime\":\"2026-11-02T10:00:00Z\","
                + "\"last_modified\":\"2026-11-02T10:00:00Z\",\"positions\":[{\"id\":201,\"positionid\":1,\"item\":1,"
                + "\"attendee_email\":null,\"addon_to\":null}]}";
    }

    private static String canceledOrder() {
        return "{\"code\":\"CANC1\",\"status\":\"c\",\"email\":\"canceled@example.org\",\"datetime\":\"2026-10-01T10:00:00Z\","
                + "\"last_modified\":\"2026-11-03T10:00:00Z\",\"positions\":[{\"id\":301,\"positionid\":1,\"item\":1,"
                + "\"attendee_name\":\"Cora Canceled\",\"attendee_email\":null,\"addon_to\":null}]}";
    }

    private static String linusOrder() {
        return "{\"code\":\"LIN01\",\"status\":\"p\",\"email\":\"linus@example.org\",\"datetime\":\"2026-11-04T10:00:00Z\","
                + "\"last_modified\":\"2026-11-04T10:00:00Z\",\"positions\":[{\"id\":401,\"positionid\":1,\"item\":1,"
                + "\"attendee_name\":\"Linus\",\"attendee_email\":null,\"addon_to\":null}]}";
    }

    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void answer(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, Object> settings(String organizer) {
        return Map.of("baseUrl", "http://127.0.0.2:" + pretix.getAddress().getPort(), "organizer", organizer,
                "event", "tck", "token", TOKEN);
    }

    @Override
    protected String sourceId() {
        return PretixTicketSource.ID;
    }

    @Override
    protected Map<String, Object> validSettings() {
        return settings("marquee");
    }

    @Override
    protected Map<String, Object> invalidSettings() {
        return settings("Not A Slug!");
    }

    @Override
    protected String invalidField() {
        return "organizer";
    }

    @Override
    protected List<String> buyerEmails() {
        return BUYERS;
    }

    @Override
    protected Optional<String> secretValue() {
        return Optional.of(TOKEN);
    }

    @Test
    void isVersionedFromItsManifest(Marquee marquee) {
        assertThat(marquee.plugin(sourceId()).get("version").asText()).isNotBlank().isNotEqualTo("unknown");
    }

    @Test
    void countsThePagesItReadsInTheMetrics(Marquee marquee) throws Exception {
        long eventId = marquee.event("TICKETED");
        Api organizer = marquee.organizer();
        Api.Reply created = organizer.post("/api/v1/events/" + eventId + "/ticket-sources",
                Map.of("type", sourceId(), "settings", settings("marquee")));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        double before = pagesRead(marquee);

        Api.Reply run = organizer.post("/api/v1/events/" + eventId + "/imports", Map.of());
        assertThat(run.status()).as(run.raw().body()).isEqualTo(200);

        assertThat(pagesRead(marquee)).as("two pages of orders: the first and its next").isEqualTo(before + 2);
    }

    /** The plugin's counter from Marquee's {@code /metrics} (Prometheus text), 0 before its first page. */
    private static double pagesRead(Marquee marquee) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(marquee.management("/metrics?scope=application")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        return metrics.body().lines().filter(line -> line.startsWith("marquee_pretix_pages_read_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    @Test
    void doesNotFollowANextLinkToAnotherServer(Marquee marquee) {
        long eventId = marquee.event("TICKETED");
        Api organizer = marquee.organizer();
        Api.Reply created = organizer.post("/api/v1/events/" + eventId + "/ticket-sources",
                Map.of("type", sourceId(), "settings", settings("elsewhere")));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);

        Api.Reply run = organizer.post("/api/v1/events/" + eventId + "/imports", Map.of());
        assertThat(run.status()).as(run.raw().body()).isEqualTo(200);
        JsonNode result = run.json();
        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("FAILED");
        assertThat(result.get("error").asText()).contains("another server").doesNotContain(TOKEN);
        assertThat(STOLEN.get()).as("requests that reached the other server").isZero();
    }
}
