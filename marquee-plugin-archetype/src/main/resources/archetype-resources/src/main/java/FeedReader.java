package ${package};

import dev.marquee.platform.spi.ticketing.TicketRecord;
import dev.marquee.platform.spi.ticketing.TicketSink;
import dev.marquee.platform.spi.ticketing.TicketSourceException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.util.Set;

/**
 * The feed's format: {@code {"tickets": [{"id", "order", "firstName", "lastName", "email", "type",
 * "status"}]}}; a ticket whose status is {@code cancelled} or {@code refunded} takes access away again.
 * Core rejects a ticket without an id or a usable email; a ticket that is not an object is rejected here,
 * with its place in the list as its line.
 */
final class FeedReader {

    private static final Set<String> CANCELLED = Set.of("cancelled", "refunded");

    private FeedReader() {
    }

    static void read(InputStream feed, TicketSink sink) throws TicketSourceException {
        JsonObject root;
        try (JsonReader reader = Json.createReader(feed)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new TicketSourceException("The ticket feed is not a JSON object");
        }
        long line = 0;
        for (JsonValue value : root.getJsonArray("tickets") == null ? JsonValue.EMPTY_JSON_ARRAY : root.getJsonArray("tickets")) {
            line++;
            if (!(value instanceof JsonObject ticket)) {
                sink.reject(line, "Not a ticket object");
                continue;
            }
            String status = ticket.getString("status", "paid");
            sink.accept(TicketRecord.builder().line(line)
                    .ticketId(ticket.getString("id", null))
                    .orderId(ticket.getString("order", null))
                    .firstName(ticket.getString("firstName", null))
                    .lastName(ticket.getString("lastName", null))
                    .email(ticket.getString("email", null))
                    .ticketType(ticket.getString("type", null))
                    .status(status)
                    .cancelled(CANCELLED.contains(status))
                    .build());
        }
    }
}
