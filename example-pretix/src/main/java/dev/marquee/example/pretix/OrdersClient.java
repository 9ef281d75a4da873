package dev.marquee.example.pretix;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;
import dev.marquee.platform.spi.ticketing.TicketSourceException;
import jakarta.json.JsonException;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Walks pretix's order list page by page through core's guarded {@link OutboundHttp}, with the token in
 * {@code Authorization: Token ...}. Bounded: at most {@value #MAX_PAGES} pages of at most
 * {@value #MAX_PAGE_BYTES} bytes each, {@code next} links only as {@link NextLink} allows, and a link seen
 * twice ends the walk. Messages name the host and the page number, never the token or what pretix wrote.
 */
final class OrdersClient {

    /** Far beyond any real event (pretix sends 50 orders a page), it stops a walk that never ends. */
    static final int MAX_PAGES = 1_000;

    /** The most one page may weigh; a page of 50 orders is well under a megabyte. */
    static final long MAX_PAGE_BYTES = 16L << 20;

    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    /** What is done with each page, in order. */
    @FunctionalInterface
    interface PageHandler {
        void page(OrdersPage page);
    }

    private final OutboundHttp http;

    OrdersClient(OutboundHttp http) {
        this.http = http;
    }

    /**
     * Reads every page from {@code first} on into {@code handler}.
     *
     * @return the server time the first page says it was generated at ({@code X-Page-Generated}), which
     *         pretix documents as the {@code modified_since} of the next call, if it sent a valid one
     */
    Optional<Instant> readAll(URI first, String token, PageHandler handler) throws TicketSourceException {
        String host = first.getHost();
        Set<URI> seen = new HashSet<>();
        Optional<Instant> generated = Optional.empty();
        URI uri = first;
        for (int number = 1; uri != null; number++) {
            if (number > MAX_PAGES) {
                throw new TicketSourceException("pretix at " + host + " has more than " + MAX_PAGES
                        + " pages of orders; stopped reading");
            }
            if (!seen.add(uri)) {
                throw new TicketSourceException("pretix at " + host + " links page " + number
                        + " back to a page already read; stopped reading");
            }
            try (OutboundResponse response = send(uri, token, host)) {
                expectOrders(response, host, number);
                if (number == 1) {
                    generated = response.header("X-Page-Generated").flatMap(Cursor::parse);
                }
                OrdersPage page = read(response, host, number);
                handler.page(page);
                uri = page.next().isEmpty() ? null : NextLink.follow(first, page.next().get());
            } catch (NextLink.Refused e) {
                throw new TicketSourceException("pretix at " + host + ", page " + number + ": " + e.getMessage());
            } catch (IOException e) {
                // closing: the connection is dropped either way
            }
        }
        return generated;
    }

    private OutboundResponse send(URI uri, String token, String host) throws TicketSourceException {
        OutboundRequest request = OutboundRequest.get(uri).withTimeout(TIMEOUT)
                .withHeader("Accept", "application/json")
                .withHeader("Authorization", "Token " + token);
        try {
            return http.send(request);
        } catch (OutboundException e) {
            throw new TicketSourceException("pretix at " + host + " cannot be reached: " + e.getMessage(), e);
        }
    }

    private static void expectOrders(OutboundResponse response, String host, int number) throws TicketSourceException {
        int status = response.status();
        if (status / 100 != 2) {
            String hint = switch (status) {
                case 401 -> " (check the API token)";
                case 403 -> " (the token's team may not view this event's orders, or the organizer or event "
                        + "short form is wrong)";
                case 404 -> " (check the organizer and event short forms and the pretix address)";
                default -> "";
            };
            throw new TicketSourceException("pretix at " + host + " answered HTTP " + status + " for page " + number + hint);
        }
        Optional<String> type = response.mediaType();
        if (type.isPresent() && !"application/json".equals(type.get()) && !type.get().endsWith("+json")) {
            throw new TicketSourceException("pretix at " + host + " answered page " + number
                    + " with something else than JSON: is the pretix address right?");
        }
    }

    private static OrdersPage read(OutboundResponse response, String host, int number) throws TicketSourceException {
        try {
            return OrdersPage.read(response.body(MAX_PAGE_BYTES));
        } catch (OrdersPage.Malformed e) {
            throw new TicketSourceException("pretix at " + host + ", page " + number + ": " + e.getMessage());
        } catch (JsonException e) {
            throw new TicketSourceException("pretix at " + host + ", page " + number + ": the page was cut off, "
                    + "timed out or is larger than " + (MAX_PAGE_BYTES >> 20) + " MiB", e);
        }
    }
}
