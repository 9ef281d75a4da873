package dev.marquee.example.pretix;

import dev.marquee.platform.spi.ticketing.TicketSourceException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Walking the order list through a stand-in of core's outbound client: pages, links, limits, errors. */
class OrdersClientTest {

    private static final URI FIRST = URI.create(
            "https://pretix.example/api/v1/organizers/bigevents/events/sampleconf/orders/?include_canceled_positions=true&testmode=false");
    private static final String TOKEN = "s3cr3t-t0ken";

    private final FakePretix pretix = new FakePretix();
    private final List<OrdersPage> pages = new ArrayList<>();

    @Test
    void readsEveryPageWithTheTokenAndReturnsWhenTheFirstWasGenerated() throws Exception {
        pretix.serving(uri -> uri.getQuery().contains("page=2")
                ? FakePretix.Answer.json(FakePretix.resource("orders-page-2.json"))
                : new FakePretix.Answer(200, Map.of("Content-Type", "application/json",
                        "X-Page-Generated", "2026-11-05T12:00:00.5+01:00"), FakePretix.resource("orders-page-1.json")));

        Optional<Instant> generated = new OrdersClient(pretix).readAll(FIRST, TOKEN, pages::add);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).results()).hasSize(3);
        assertThat(pages.get(1).next()).isEmpty();
        assertThat(generated).contains(Instant.parse("2026-11-05T11:00:00.5Z"));
        assertThat(pretix.sent).allSatisfy(request -> {
            assertThat(request.headers()).containsEntry("Authorization", "Token " + TOKEN);
            assertThat(request.method()).isEqualTo("GET");
        });
    }

    @Test
    void refusesANextLinkToAnotherServer() {
        pretix.serving(uri -> FakePretix.Answer.json(
                "{\"count\":1,\"next\":\"https://attacker.example/steal?page=2\",\"previous\":null,\"results\":[]}"));

        assertThatThrownBy(() -> new OrdersClient(pretix).readAll(FIRST, TOKEN, pages::add))
                .isInstanceOf(TicketSourceException.class).hasMessageContaining("another server")
                .hasMessageNotContaining("attacker");
        assertThat(pretix.sent).hasSize(1);
    }

    @Test
    void stopsAtALoopAndAfterAThousandPages() {
        pretix.serving(uri -> FakePretix.Answer.json("{\"next\":\"" + FIRST + "\",\"results\":[]}"));
        assertThatThrownBy(() -> new OrdersClient(pretix).readAll(FIRST, TOKEN, pages::add))
                .isInstanceOf(TicketSourceException.class).hasMessageContaining("already read");

        FakePretix endless = new FakePretix().serving(uri -> {
            String query = uri.getQuery();
            int page = query.contains("page=") ? Integer.parseInt(query.substring(query.indexOf("page=") + 5)) : 1;
            return FakePretix.Answer.json("{\"next\":\"" + FIRST + "&page=" + (page + 1) + "\",\"results\":[]}");
        });
        assertThatThrownBy(() -> new OrdersClient(endless).readAll(FIRST, TOKEN, page -> { }))
                .isInstanceOf(TicketSourceException.class).hasMessageContaining("more than 1000 pages");
        assertThat(endless.sent).hasSize(OrdersClient.MAX_PAGES);
    }

    @Test
    void explainsRefusalsAndBadPagesWithoutQuotingThemOrTheToken() {
        pretix.serving(uri -> new FakePretix.Answer(401, Map.of("Content-Type", "application/json"),
                "{\"detail\":\"Invalid token " + TOKEN + "\"}"));
        assertThatThrownBy(() -> new OrdersClient(pretix).readAll(FIRST, TOKEN, pages::add))
                .hasMessageContaining("HTTP 401").hasMessageContaining("check the API token").hasMessageNotContaining(TOKEN);

        pretix.serving(uri -> new FakePretix.Answer(200, Map.of("Content-Type", "text/html"), "<html>login</html>"));
        assertThatThrownBy(() -> new OrdersClient(pretix).readAll(FIRST, TOKEN, pages::add))
                .hasMessageContaining("something else than JSON");

        pretix.serving(uri -> FakePretix.Answer.json("{\"results\": [1, 2"));
        assertThatThrownBy(() -> new OrdersClient(pretix).readAll(FIRST, TOKEN, pages::add))
                .isInstanceOf(TicketSourceException.class).hasMessageContaining("page 1");

        pretix.serving(uri -> FakePretix.Answer.json("[]"));
        assertThatThrownBy(() -> new OrdersClient(pretix).readAll(FIRST, TOKEN, pages::add))
                .hasMessageContaining("not a page of orders");
    }
}
