package dev.marquee.plugin.weemss;

import dev.marquee.platform.spi.ticketing.TicketRecord;
import dev.marquee.platform.spi.ticketing.TicketSink;
import dev.marquee.platform.spi.ticketing.TicketSourceException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTicketReaderTest {

    /** Collects what the reader reports. */
    static final class Collected implements TicketSink {
        final List<TicketRecord> records = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();

        @Override
        public void accept(TicketRecord record) {
            records.add(record);
        }

        @Override
        public void reject(long line, String reason) {
            rejected.add(line + ": " + reason);
        }
    }

    private static Collected read(String csv) throws TicketSourceException {
        return read(csv.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static Collected read(byte[] bytes, Map<String, String> columns) throws TicketSourceException {
        Collected sink = new Collected();
        new CsvTicketReader(WeemssColumns.resolve(columns), List.of("cancelled", "refunded"), "auto",
                new PurchaseTimeParser(ZoneId.of("Europe/Vienna"))).read(new ByteArrayInputStream(bytes), sink);
        return sink;
    }

    @Test
    void readsTheDefaultWeemssColumns() throws Exception {
        Collected sink = read("""
                Ticket ID,Order ID,First Name,Last Name,Email,Ticket Type,Status,Purchase Date
                T-1,O-1,Ada,Lovelace,ADA@example.org,Full pass,paid,2026-05-04 10:15:00
                T-2,O-1,Alan,Turing,alan@example.org,Day pass,Refunded,2026-05-04T08:00:00Z
                """);
        assertThat(sink.rejected).isEmpty();
        TicketRecord ada = sink.records.get(0);
        assertThat(ada.line()).isEqualTo(2);
        assertThat(ada.ticketId()).isEqualTo("T-1");
        assertThat(ada.email()).isEqualTo("ADA@example.org");
        assertThat(ada.cancelled()).isFalse();
        assertThat(ada.purchasedAt()).isEqualTo(Instant.parse("2026-05-04T08:15:00Z"));
        assertThat(sink.records.get(1).cancelled()).isTrue();
        assertThat(sink.records.get(1).purchasedAt()).isEqualTo(Instant.parse("2026-05-04T08:00:00Z"));
    }

    @Test
    void handlesByteOrderMarkSemicolonsCrlfAndQuotedFieldsWithDelimitersAndNewlines() throws Exception {
        String csv = "Ticket ID;Email;First Name;Last Name\r\n"
                + "T-1;a@example.org;\"Smith; Jr.\";\"Multi\r\nline\"\r\n"
                + "T-2;b@example.org;\"Quote \"\"q\"\"\";O'Neil\r\n";
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Collected sink = read(withBom, Map.of());
        assertThat(sink.rejected).isEmpty();
        assertThat(sink.records).extracting(TicketRecord::ticketId).containsExactly("T-1", "T-2");
        assertThat(sink.records.get(0).firstName()).isEqualTo("Smith; Jr.");
        assertThat(sink.records.get(0).lastName()).isEqualTo("Multi  line");
        assertThat(sink.records.get(1).line()).isEqualTo(4);
        assertThat(sink.records.get(1).firstName()).isEqualTo("Quote \"q\"");
    }

    @Test
    void rejectsBadRowsWithTheirLineAndKeepsTheRest() throws Exception {
        Collected sink = read("""
                Ticket ID,Email,Name
                T-1,good@example.org,Grace Hopper
                ,nobody@example.org,No Id
                T-3,,No Email
                T-4,not-an-email,Bad Email
                T-5,fine@example.org,Émilie du Châtelet 🎉
                """);
        assertThat(sink.rejected).containsExactly(
                "3: no ticket id (column 'Ticket ID')",
                "4: no email (column 'Email')",
                "5: the email in column 'Email' is not a valid address");
        assertThat(sink.records).extracting(TicketRecord::ticketId).containsExactly("T-1", "T-5");
        assertThat(sink.records.get(0).firstName()).isEqualTo("Grace");
        assertThat(sink.records.get(0).lastName()).isEqualTo("Hopper");
        assertThat(sink.records.get(1).firstName()).isEqualTo("Émilie");
        assertThat(sink.records.get(1).lastName()).isEqualTo("du Châtelet 🎉");
    }

    @Test
    void anUnterminatedQuoteIsReportedAndWhatCameBeforeIsKept() throws Exception {
        Collected sink = read("""
                Ticket ID,Email
                T-1,a@example.org
                T-2,"b@example.org
                T-3,c@example.org
                """);
        assertThat(sink.records).extracting(TicketRecord::ticketId).containsExactly("T-1");
        assertThat(sink.rejected).hasSize(1);
        assertThat(sink.rejected.get(0)).startsWith("3: the rest of the file cannot be read as CSV");
    }

    @Test
    void aMissingRequiredColumnFailsTheWholeFileWithTheColumnsFound() {
        assertThatThrownBy(() -> read("Id,Mail\n1,a@example.org\n"))
                .isInstanceOf(TicketSourceException.class)
                .hasMessageContaining("'Ticket ID'").hasMessageContaining("Id, Mail");
    }

    @Test
    void anEndlessLineIsRefusedInsteadOfBufferedAndEarlierRowsAreKept() throws Exception {
        String huge = "x".repeat(CsvTicketReader.MAX_LINE + 10);
        Collected sink = read("Ticket ID,Email\nT-1,a@example.org\nT-2,\"" + huge + "\"\nT-3,c@example.org\n");
        assertThat(sink.records).extracting(TicketRecord::ticketId).containsExactly("T-1");
        assertThat(sink.rejected).singleElement().asString().contains("longer than");
    }

    @Test
    void aFirstLineThatIsNoHeaderIsNeverRepeated() {
        for (String body : new String[] {
                "<!DOCTYPE html><html><head><title>SECRET-1</title></head><body>SECRET-2, SECRET-3</body></html>\n",
                "{\"Code\": \"Success\", \"AccessKeyId\": \"SECRET-1\", \"Token\": \"SECRET-2\"}\n",
                "ami-id\nSECRET-1\n",
                "SECRET-1=a,SECRET-2=b\n"}) {
            assertThatThrownBy(() -> read(body)).isInstanceOf(TicketSourceException.class)
                    .hasMessageContaining("not a CSV header").hasMessageNotContaining("SECRET");
        }
    }

    @Test
    void aDuplicateOrBrokenHeaderIsReportedWithoutItsContent() {
        assertThatThrownBy(() -> read("SECRET,SECRET,\"Ticket ID\nEmail\n")).isInstanceOf(TicketSourceException.class)
                .hasMessageNotContaining("SECRET");
        assertThatThrownBy(() -> read("\"SECRET\"x,Email\nT-1,a@example.org\n")).isInstanceOf(TicketSourceException.class)
                .hasMessageContaining("not a CSV header").hasMessageNotContaining("SECRET");
    }

    @Test
    void rejectedRowsNameTheLineAndColumnButNeverTheValue() throws Exception {
        Collected sink = read("Ticket ID,Email\nSECRET-1,SECRET-2\n,SECRET-3@example.org\nSECRET-4,\n");
        assertThat(sink.rejected).containsExactly("2: the email in column 'Email' is not a valid address",
                "3: no ticket id (column 'Ticket ID')", "4: no email (column 'Email')");
        assertThat(String.join("", sink.rejected)).doesNotContain("SECRET");
    }

    @Test
    void aStreamThatBreaksOffFailsTheReadWithoutTheLibrarysWords() {
        java.io.InputStream broken = new java.io.SequenceInputStream(new ByteArrayInputStream(
                "Ticket ID,Email\nT-1,a@example.org\n".getBytes(StandardCharsets.UTF_8)), new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("Bad chunk header: SECRET");
            }
        });
        Collected sink = new Collected();
        assertThatThrownBy(() -> new CsvTicketReader(WeemssColumns.resolve(Map.of()), List.of(), "auto",
                new PurchaseTimeParser(ZoneId.of("UTC"))).read(broken, sink))
                .isInstanceOf(TicketSourceException.class).hasMessageContaining("stopped arriving")
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void columnNamesCanBeRemapped() throws Exception {
        Collected sink = read("Code,E-Mail\nX,x@example.org\n".getBytes(StandardCharsets.UTF_8),
                Map.of("ticketId", "code", "email", "e-mail"));
        assertThat(sink.records).extracting(TicketRecord::ticketId).containsExactly("X");
    }
}
