package dev.marquee.systemtest;

import dev.marquee.testkit.tck.TicketSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code weemss-csv} plugin passes the test kit's ticket source contract, reading a local export. */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class WeemssTicketSourceTckIT extends TicketSourceContract {

    private static final List<String> BUYERS = List.of("tck-ada@example.org", "tck-grace@example.org", "tck-linus@example.org");
    private static ExportServer export;
    private static String url;

    @BeforeAll
    static void publish() {
        export = ExportServer.on(ExportServer.ALLOWED_HOST);
        StringBuilder csv = new StringBuilder("Ticket ID,Order ID,First Name,Last Name,Email,Ticket Type,Status,Purchase Date\n");
        for (int i = 0; i < BUYERS.size(); i++) {
            csv.append("TCK-").append(i).append(",O-").append(i).append(",Buyer,").append(i).append(',')
                    .append(BUYERS.get(i)).append(",Full,paid,\n");
        }
        csv.append("TCK-R,O-R,Refunded,Buyer,tck-refunded@example.org,Full,Refunded,\n");
        url = export.publish("/tck/export.csv", csv.toString());
    }

    @AfterAll
    static void close() {
        export.close();
    }

    @Override
    protected String sourceId() {
        return "weemss-csv";
    }

    @Override
    protected Map<String, Object> validSettings() {
        return Map.of("exportUrl", url, "headers", Map.of("X-API-Key", ExportServer.API_KEY));
    }

    @Override
    protected Map<String, Object> invalidSettings() {
        return Map.of("exportUrl", "ftp://nope");
    }

    @Override
    protected String invalidField() {
        return "exportUrl";
    }

    @Override
    protected List<String> buyerEmails() {
        return BUYERS;
    }

    @Override
    protected Optional<String> secretValue() {
        return Optional.of(ExportServer.API_KEY);
    }
}
