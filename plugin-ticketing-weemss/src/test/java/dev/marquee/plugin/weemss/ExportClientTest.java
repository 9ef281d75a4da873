package dev.marquee.plugin.weemss;

import dev.marquee.platform.spi.ticketing.TicketSourceException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportClientTest {

    private final FakeOutbound outbound = new FakeOutbound();
    private final ExportClient client = new ExportClient(outbound);

    @Test
    void sendsTheOrganizersHeadersAndTheLastValidator() throws Exception {
        outbound.answer(200, Map.of("Content-Type", "text/csv", "ETag", "\"v2\""), "Ticket ID,Email\n");
        ExportClient.Download download = client.get("https://shop.example/x.csv", Map.of("X-API-Key", "k3y"),
                "etag:\"v1\"");
        assertThat(download.cursor()).isEqualTo("etag:\"v2\"");
        assertThat(download.body().readAllBytes()).hasSize(16);
        assertThat(outbound.sent.get(0).headers()).containsEntry("X-API-Key", "k3y")
                .containsEntry("If-None-Match", "\"v1\"");
    }

    @Test
    void aPageThatIsClearlyNotCsvIsRefusedNamingOnlyItsType() {
        for (String type : new String[] {"text/html; charset=utf-8", "application/json", "application/problem+json",
                "image/png"}) {
            outbound.answer(200, Map.of("Content-Type", type), "<html>SECRET</html>");
            assertThatThrownBy(() -> client.get("https://shop.example/x.csv", Map.of(), null))
                    .isInstanceOf(TicketSourceException.class)
                    .hasMessageContaining(type.split(";")[0]).hasMessageNotContaining("SECRET");
        }
        outbound.answer(200, Map.of("Content-Type", "text/html; x=<script>SECRET"), "x");
        assertThatThrownBy(() -> client.get("https://shop.example/x.csv", Map.of(), null))
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void csvTextAndUnlabelledAnswersAreRead() throws Exception {
        for (String type : new String[] {"text/csv", "text/plain", "application/vnd.ms-excel", "application/octet-stream"}) {
            outbound.answer(200, Map.of("Content-Type", type), "Ticket ID,Email\n");
            assertThat(client.get("https://shop.example/x.csv", Map.of(), null).body()).isNotNull();
        }
        outbound.answer(200, Map.of(), "Ticket ID,Email\n");
        assertThat(client.get("https://shop.example/x.csv", Map.of(), null).body()).isNotNull();
    }

    @Test
    void aRefusalOrAnErrorStatusIsNamedWithTheHostOnly() {
        outbound.answer(403, Map.of("Content-Type", "text/plain"), "SECRET");
        assertThatThrownBy(() -> client.get("https://shop.example/x.csv?token=t0k", Map.of(), null))
                .hasMessage("The export at shop.example answered HTTP 403 (check the API key header)");
        outbound.refuse("shop.example resolves to a loopback address; ...");
        assertThatThrownBy(() -> client.get("https://shop.example/x.csv?token=t0k", Map.of(), null))
                .hasMessageStartingWith("The export at shop.example cannot be fetched: shop.example resolves to a loopback")
                .hasMessageNotContaining("t0k");
    }

    @Test
    void aValidatorThatCannotBeSentBackIsNotKept() throws Exception {
        outbound.answer(200, Map.of("ETag", "\"" + "x".repeat(300) + "\""), "Ticket ID,Email\n");
        assertThat(client.get("https://shop.example/x.csv", Map.of(), null).cursor()).isNull();
    }
}
