package ${package};

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.marquee.testkit.MarqueePluginTest;
import dev.marquee.testkit.tck.TicketSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This plugin's JAR in a real Marquee, reading a stand-in of the ticketing system on 127.0.0.2 (which the
 * operator allows with {@code MARQUEE_OUTBOUND_ALLOW}, so plain http is accepted): the test kit's ticket
 * source contract. Point the stand-in at your system's real format when you change {@link FeedReader}.
 */
@MarqueePluginTest(env = {"MARQUEE_OUTBOUND_ALLOW=127.0.0.2"})
class FeedTicketSourceIT extends TicketSourceContract {

    private static final String TOKEN = "feed-tck-token-7c1e5b";
    private static final List<String> BUYERS = List.of("ada@example.org", "grace@example.org", "linus@example.org");
    private static final String FEED = """
            {"tickets": [
              {"id": "T-1", "order": "O-1", "firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.org", "type": "Standard", "status": "paid"},
              {"id": "T-2", "order": "O-2", "firstName": "Grace", "lastName": "Hopper", "email": "grace@example.org", "type": "Standard", "status": "paid"},
              {"id": "T-3", "order": "O-3", "firstName": "Linus", "lastName": "Torvalds", "email": "linus@example.org", "type": "Student", "status": "paid"},
              {"id": "T-4", "order": "O-4", "firstName": "Rex", "lastName": "Refund", "email": "rex@example.org", "type": "Standard", "status": "refunded"}
            ]}
            """;

    private static HttpServer feed;

    @BeforeAll
    static void startFeed() throws IOException {
        feed = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        feed.createContext("/tickets", FeedTicketSourceIT::tickets);
        feed.start();
    }

    @AfterAll
    static void stopFeed() {
        feed.stop(0);
    }

    private static void tickets(HttpExchange exchange) throws IOException {
        boolean allowed = ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] body = (allowed ? FEED : "{\"error\":\"unauthorized\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(allowed ? 200 : 401, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    protected String sourceId() {
        return FeedTicketSource.ID;
    }

    @Override
    protected Map<String, Object> validSettings() {
        return Map.of("url", "http://127.0.0.2:" + feed.getAddress().getPort() + "/tickets", "token", TOKEN);
    }

    @Override
    protected Map<String, Object> invalidSettings() {
        return Map.of("url", "http://192.0.2.10/tickets", "token", TOKEN);
    }

    @Override
    protected String invalidField() {
        return "url";
    }

    @Override
    protected List<String> buyerEmails() {
        return BUYERS;
    }

    @Override
    protected Optional<String> secretValue() {
        return Optional.of(TOKEN);
    }
}
