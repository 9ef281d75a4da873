package dev.marquee.example.pretix;

import dev.marquee.platform.spi.ticketing.TicketRecord;
import dev.marquee.platform.spi.ticketing.TicketSink;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns pretix orders into ticket records, one per position (a ticket in pretix's words):
 * <ul>
 *   <li>a paid order ({@code p}): each position is a valid ticket, a position canceled on its own a
 *       cancelled one;</li>
 *   <li>a canceled ({@code c}), expired ({@code e}) or, in older pretix, refunded ({@code r}) order: each
 *       position is a cancelled ticket, so access is revoked;</li>
 *   <li>a pending order ({@code n}) is skipped until it is paid;</li>
 *   <li>add-on positions ({@code addon_to} set: a T-shirt, a workshop seat) are not tickets of their own.</li>
 * </ul>
 * Ticket id {@code CODE-positionid}, order id the order code, email the attendee's or else the order's,
 * names from {@code attendee_name_parts} (given and family name) or else {@code attendee_name} cut at its
 * first space. An entry that cannot be read goes to {@link TicketSink#reject} with the reason; the rest
 * imports. Reasons quote an order code only when it looks like one, never other values.
 *
 * <p>Not thread-safe: one per read (it numbers the records it reports).
 */
final class OrderMapper {

    private static final Pattern ORDER_CODE = Pattern.compile("[A-Za-z0-9]{1,32}");

    private final TicketSink sink;
    private long line;
    private Instant newestModified;

    OrderMapper(TicketSink sink) {
        this.sink = sink;
    }

    /** The newest {@code last_modified} of the orders mapped so far. */
    Optional<Instant> newestModified() {
        return Optional.ofNullable(newestModified);
    }

    void page(OrdersPage page) {
        page.results().forEach(this::order);
    }

    void order(JsonValue entry) {
        if (!(entry instanceof JsonObject order)) {
            sink.reject(++line, "an entry of the order list is not an order");
            return;
        }
        Optional<String> code = text(order, "code");
        if (code.isEmpty() || !ORDER_CODE.matcher(code.get()).matches()) {
            sink.reject(++line, "an order without a valid order code");
            return;
        }
        text(order, "last_modified").flatMap(Cursor::parse).ifPresent(this::seen);
        String status = text(order, "status").orElse("");
        if ("n".equals(status)) {
            return; // pending: nothing to admit yet
        }
        Optional<String> word = switch (status) {
            case "p" -> Optional.of("paid");
            case "c" -> Optional.of("canceled");
            case "e" -> Optional.of("expired");
            case "r" -> Optional.of("refunded");
            default -> Optional.empty();
        };
        if (word.isEmpty()) {
            sink.reject(++line, "order " + code.get() + " has a status pretix does not document");
            return;
        }
        if (!(order.get("positions") instanceof jakarta.json.JsonArray positions)) {
            sink.reject(++line, "order " + code.get() + " has no list of positions");
            return;
        }
        boolean orderCancelled = !"p".equals(status);
        for (JsonValue value : positions) {
            position(order, code.get(), word.get(), orderCancelled, value);
        }
    }

    private void position(JsonObject order, String code, String status, boolean orderCancelled, JsonValue value) {
        long at = ++line;
        if (!(value instanceof JsonObject position)) {
            sink.reject(at, "order " + code + ": a position is not an object");
            return;
        }
        if (position.containsKey("addon_to") && position.get("addon_to") != JsonValue.NULL) {
            return; // an add-on to another position, not a ticket of its own
        }
        if (!(position.get("positionid") instanceof JsonNumber number) || !number.isIntegral()
                || number.longValue() < 1) {
            sink.reject(at, "order " + code + ": a position without a valid positionid");
            return;
        }
        long positionId = number.longValue();
        Optional<String> email = text(position, "attendee_email").or(() -> text(order, "email"));
        if (email.isEmpty()) {
            sink.reject(at, "order " + code + ", position " + positionId
                    + ": no email (neither attendee_email nor the order's email)");
            return;
        }
        boolean positionCancelled = position.get("canceled") == JsonValue.TRUE;
        String[] names = names(position);
        sink.accept(TicketRecord.builder()
                .line(at)
                .ticketId(code + "-" + positionId)
                .orderId(code)
                .firstName(names[0])
                .lastName(names[1])
                .email(email.get())
                .status(positionCancelled && !orderCancelled ? "position canceled" : status)
                .cancelled(orderCancelled || positionCancelled)
                .purchasedAt(text(order, "datetime").flatMap(Cursor::parse).orElse(null))
                .build());
    }

    /** First and last name, either or both null. */
    static String[] names(JsonObject position) {
        if (position.get("attendee_name_parts") instanceof JsonObject parts) {
            Optional<String> given = text(parts, "given_name");
            Optional<String> family = text(parts, "family_name");
            if (given.isPresent() || family.isPresent()) {
                return new String[] {given.orElse(null), family.orElse(null)};
            }
            Optional<String> full = text(parts, "full_name");
            if (full.isPresent()) {
                return split(full.get());
            }
        }
        return text(position, "attendee_name").map(OrderMapper::split).orElse(new String[] {null, null});
    }

    private static String[] split(String full) {
        String name = full.trim();
        int space = name.indexOf(' ');
        return space < 0 ? new String[] {name, null}
                : new String[] {name.substring(0, space), name.substring(space + 1).trim()};
    }

    /** A member's text, trimmed; empty when missing, null, blank or not text. */
    private static Optional<String> text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s && !s.getString().isBlank()
                ? Optional.of(s.getString().trim()) : Optional.empty();
    }

    private void seen(Instant modified) {
        if (newestModified == null || modified.isAfter(newestModified)) {
            newestModified = modified;
        }
    }
}
