package dev.marquee.example.pretix;

import dev.marquee.platform.spi.ticketing.TicketRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Recorded pages of pretix's order list, mapped to ticket records without any server. */
class OrderMapperTest {

    private final RecordingSink sink = new RecordingSink();
    private final OrderMapper mapper = new OrderMapper(sink);

    private static OrdersPage page(String name) throws Exception {
        return OrdersPage.read(new ByteArrayInputStream(FakePretix.resource(name).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachPositionOfAPaidOrderIsATicketWithTheAttendeesEmailOrElseTheOrders() throws Exception {
        mapper.page(page("orders-page-1.json"));

        TicketRecord ada = sink.ticket("ABC12-1").orElseThrow();
        assertThat(ada.orderId()).isEqualTo("ABC12");
        assertThat(ada.email()).isEqualTo("ada@example.org");
        assertThat(ada.firstName()).isEqualTo("Ada");
        assertThat(ada.lastName()).isEqualTo("Lovelace");
        assertThat(ada.cancelled()).isFalse();
        assertThat(ada.status()).isEqualTo("paid");
        assertThat(ada.purchasedAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));

        TicketRecord grace = sink.ticket("ABC12-2").orElseThrow();
        assertThat(grace.email()).isEqualTo("buyer@example.org");
        assertThat(grace.firstName()).isEqualTo("Grace");
        assertThat(grace.lastName()).isEqualTo("Brewster Hopper");
    }

    @Test
    void addOnsAreNoTicketsAndAPositionCanceledOnItsOwnIsACancelledTicket() throws Exception {
        mapper.page(page("orders-page-1.json"));

        assertThat(sink.ticket("ABC12-3")).isEmpty();
        TicketRecord linus = sink.ticket("ABC12-4").orElseThrow();
        assertThat(linus.cancelled()).isTrue();
        assertThat(linus.status()).isEqualTo("position canceled");
        assertThat(linus.firstName()).isEqualTo("Linus");
        assertThat(linus.lastName()).isNull();
    }

    @Test
    void pendingOrdersAreSkippedAndCanceledOnesRevoke() throws Exception {
        mapper.page(page("orders-page-1.json"));

        assertThat(sink.accepted).extracting(TicketRecord::orderId).doesNotContain("PEND1");
        TicketRecord canceled = sink.ticket("CANC1-1").orElseThrow();
        assertThat(canceled.cancelled()).isTrue();
        assertThat(canceled.status()).isEqualTo("canceled");
        assertThat(canceled.email()).isEqualTo("canceled@example.org");
        assertThat(canceled.firstName()).isNull();
        assertThat(sink.rejected).isEmpty();
        assertThat(mapper.newestModified()).contains(Instant.parse("2026-11-04T08:00:00Z"));
    }

    @Test
    void malformedEntriesAreRejectedWithAReasonAndTheRestImports() throws Exception {
        mapper.page(page("orders-page-2.json"));

        assertThat(sink.rejected).containsExactly(
                "1: an entry of the order list is not an order",
                "2: an order without a valid order code",
                "3: order BAD42: a position without a valid positionid",
                "4: order BAD42, position 2: no email (neither attendee_email nor the order's email)",
                "7: order WEIRD has a status pretix does not document");
        TicketRecord kept = sink.ticket("BAD42-3").orElseThrow();
        assertThat(kept.email()).isEqualTo("kept@example.org");
        assertThat(kept.purchasedAt()).isNull();
        TicketRecord expired = sink.ticket("EXP01-1").orElseThrow();
        assertThat(expired.cancelled()).isTrue();
        assertThat(expired.status()).isEqualTo("expired");
        assertThat(String.join("\n", sink.rejected)).doesNotContain("x@example.org", "one", "weird@example.org");
    }
}
