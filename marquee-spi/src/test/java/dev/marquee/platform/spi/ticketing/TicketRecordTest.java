package dev.marquee.platform.spi.ticketing;

import dev.marquee.platform.spi.auth.Identity;
import dev.marquee.platform.spi.auth.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The builders plugins make SPI values with hold every component, and copy them all. */
class TicketRecordTest {

    @Test
    void theBuilderSetsEachComponentByName() {
        Instant bought = Instant.parse("2026-03-01T10:00:00Z");
        TicketRecord record = TicketRecord.builder().line(7).ticketId("T-1").orderId("O-1").firstName("Ada")
                .lastName("Lovelace").email("ada@example.org").ticketType("Full").status("refunded").cancelled(true)
                .purchasedAt(bought).build();
        assertThat(record).isEqualTo(new TicketRecord(7, "T-1", "O-1", "Ada", "Lovelace", "ada@example.org", "Full",
                "refunded", true, bought));
    }

    @Test
    void toBuilderCopiesEverythingAndChangesOnlyWhatIsSet() {
        TicketRecord record = new TicketRecord(3, "T-2", "O-2", "Alan", "Turing", "alan@example.org", "Day", "paid",
                false, Instant.EPOCH);
        assertThat(record.toBuilder().build()).isEqualTo(record);
        TicketRecord cancelled = record.toBuilder().cancelled(true).build();
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.toBuilder().cancelled(false).build()).isEqualTo(record);
    }

    @Test
    void anUnsetBuilderLeavesEverythingEmpty() {
        assertThat(TicketRecord.builder().build())
                .isEqualTo(new TicketRecord(0, null, null, null, null, null, null, null, false, null));
    }

    @Test
    void anIdentityIsBuiltByName() {
        Identity identity = Identity.builder("attendee:4").displayName("Ada").email("ada@example.org")
                .roles(Set.of(Role.VIEWER)).eventId(9L).build();
        assertThat(identity).isEqualTo(new Identity("attendee:4", "Ada", "ada@example.org", Set.of(Role.VIEWER), 9L));
        assertThat(Identity.builder("account:1").build().roles()).isEmpty();
    }
}
