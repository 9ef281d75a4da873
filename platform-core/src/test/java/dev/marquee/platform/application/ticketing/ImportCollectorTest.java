package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.domain.model.ticketing.ImportCounts;
import dev.marquee.platform.domain.model.ticketing.RejectedRow;
import dev.marquee.platform.spi.ticketing.TicketRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCollectorTest {

    private static TicketRecord row(long line, String id, String email) {
        return TicketRecord.builder().line(line).ticketId(id).orderId("O").firstName("First").lastName("Last")
                .email(email).ticketType("Full").status("paid").build();
    }

    private final List<List<TicketRecord>> applied = new ArrayList<>();
    private int chunks;

    private ImportCollector collector(Map<String, String> known) {
        return new ImportCollector(known, rows -> {
            applied.add(rows);
            return new ChunkResult(new ImportCounts(0, rows.size(), 0, 0, 0, 0, 0), List.of());
        }, () -> chunks++);
    }

    @Test
    void unchangedRowsNeverReachTheDatabase() {
        TicketRecord same = row(2, "T-1", "a@example.org");
        Map<String, String> known = new HashMap<>(Map.of("T-1", RowFingerprint.of(same)));
        ImportCollector collector = collector(known);
        collector.accept(same);
        collector.accept(row(3, "T-2", "b@example.org"));
        collector.flush();
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0)).extracting(TicketRecord::ticketId).containsExactly("T-2");
        assertThat(collector.counts()).isEqualTo(new ImportCounts(2, 1, 0, 0, 1, 0, 0));
    }

    @Test
    void aChangedRowIsApplied() {
        Map<String, String> known = Map.of("T-1", RowFingerprint.of(row(2, "T-1", "old@example.org")));
        ImportCollector collector = collector(known);
        collector.accept(row(2, "T-1", "new@example.org"));
        collector.flush();
        assertThat(applied.get(0)).hasSize(1);
    }

    @Test
    void aTicketIdSeenTwiceIsRejectedWithBothLines() {
        ImportCollector collector = collector(Map.of());
        collector.accept(row(2, "T-1", "a@example.org"));
        collector.accept(row(7, "T-1", "b@example.org"));
        collector.flush();
        assertThat(collector.rejections()).containsExactly(
                new RejectedRow(7, "the ticket id appears again (first on line 2)"));
        assertThat(collector.counts().rowsRead()).isEqualTo(2);
        assertThat(collector.counts().rejected()).isEqualTo(1);
    }

    @Test
    void rowsAreAppliedInChunksWithProgressAfterEach() {
        ImportCollector collector = collector(Map.of());
        for (int i = 0; i < ImportCollector.CHUNK * 2 + 3; i++) {
            collector.accept(row(i + 2, "T-" + i, i + "@example.org"));
        }
        collector.flush();
        assertThat(applied).extracting(List::size).containsExactly(ImportCollector.CHUNK, ImportCollector.CHUNK, 3);
        assertThat(chunks).isEqualTo(3);
    }

    @Test
    void ticketsNoLongerInTheExportAreCountedAsMissing() {
        ImportCollector collector = collector(Map.of("T-1", "x", "T-2", "y"));
        collector.accept(row(2, "T-1", "a@example.org"));
        collector.flush();
        collector.countMissing();
        assertThat(collector.counts().missing()).isEqualTo(1);
    }

    @Test
    void aRecordWithoutTicketIdOrUsableEmailIsRejectedByCoreWithoutItsValue() {
        ImportCollector collector = collector(Map.of());
        collector.accept(row(2, "T-1", null));
        collector.accept(row(3, null, "a@example.org"));
        collector.accept(row(4, "T-3", "not an address"));
        collector.accept(row(5, "T-4", "  b@example.org "));
        collector.flush();
        assertThat(collector.rejections()).containsExactly(new RejectedRow(2, "no email"),
                new RejectedRow(3, "no ticket id"), new RejectedRow(4, "the email is not a valid address"));
        assertThat(applied.get(0)).extracting(TicketRecord::email).containsExactly("b@example.org");
        assertThat(collector.counts().rowsRead()).isEqualTo(4);
        assertThat(collector.counts().rejected()).isEqualTo(3);
    }

    @Test
    void namesLongerThanTheirColumnsAreCutNotRejected() {
        ImportCollector collector = collector(Map.of());
        String longName = "N".repeat(199) + "\uD83D\uDE00" + "x".repeat(50);
        collector.accept(row(2, "T-1", "a@example.org").toBuilder().firstName(longName).status("s".repeat(80)).build());
        collector.accept(row(3, "T".repeat(201), "b@example.org"));
        collector.flush();
        TicketRecord applied0 = applied.get(0).get(0);
        assertThat(applied0.firstName()).hasSize(199).isEqualTo("N".repeat(199));
        assertThat(applied0.status()).hasSize(64);
        assertThat(collector.rejections()).containsExactly(
                new RejectedRow(3, "the ticket id is longer than 200 characters"));
    }
}
