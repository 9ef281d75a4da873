package dev.marquee.example.pretix;

import dev.marquee.platform.spi.outbound.OutboundAddresses;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.platform.spi.ticketing.TicketSink;
import dev.marquee.platform.spi.ticketing.TicketSource;
import dev.marquee.platform.spi.ticketing.TicketSourceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Ticket buyers from pretix: the orders of one event, read from pretix's REST API
 * ({@code GET /api/v1/organizers/{organizer}/events/{event}/orders/}) with a team's API token, through
 * core's guarded {@link OutboundHttp} (never a client of its own), page by page ({@link OrdersClient}).
 * After the first run it asks only for orders changed since the last one ({@code modified_since},
 * {@link Cursor}); {@link OrderMapper} turns orders into ticket records.
 */
@ApplicationScoped
public class PretixTicketSource implements TicketSource {

    public static final String ID = "pretix";

    /** The counter of order pages read from pretix, on this instance. */
    static final String PAGES_READ = "marquee_pretix_pages_read";

    /** Core's guarded client: every request to pretix goes through it. */
    @Inject
    OutboundHttp http;

    /** Core's address checks, for the settings' {@code baseUrl}. */
    @Inject
    OutboundAddresses addresses;

    /**
     * MicroProfile Metrics, which Payara provides: the plugin counts the pages it reads from pretix
     * ({@value #PAGES_READ}, at {@code /metrics}). Null outside CDI (unit tests).
     */
    @Inject
    MetricRegistry metrics;

    private final SettingsSchema schema = PretixSettings.FIELDS.withRule(
            settings -> PretixSettings.check(settings, outbound(), addresses()));

    public PretixTicketSource() {
    }

    /** Outside CDI (tests): with the given outbound client and address checks. */
    PretixTicketSource(OutboundHttp http, OutboundAddresses addresses) {
        this.http = http;
        this.addresses = addresses;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "pretix";
    }

    @Override
    public SettingsSchema sourceSettings() {
        return schema;
    }

    @Override
    public String fetch(Settings settings, String cursor, TicketSink sink) throws TicketSourceException {
        Optional<Instant> since = Cursor.parse(cursor);
        URI first = ordersUrl(settings.string(PretixSettings.BASE_URL).orElseThrow(),
                settings.string(PretixSettings.ORGANIZER).orElseThrow(),
                settings.string(PretixSettings.EVENT).orElseThrow(), since);
        OrderMapper mapper = new OrderMapper(sink);
        Optional<Instant> generated = new OrdersClient(outbound())
                .readAll(first, settings.string(PretixSettings.TOKEN).orElseThrow(), page -> {
                    counted();
                    mapper.page(page);
                });
        return Cursor.next(generated, mapper.newestModified(), cursor);
    }

    /**
     * The first page of the event's orders: live orders only ({@code testmode=false}, which pretix
     * advises with {@code modified_since}), with positions canceled on their own, changed since
     * {@code since} when there is a cursor. {@code baseUrl} is pretix's address, with or without a trailing
     * {@code /} or {@code /api/v1}.
     */
    static URI ordersUrl(String baseUrl, String organizer, String event, Optional<Instant> since) {
        String base = baseUrl.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.endsWith("/api/v1")) {
            base = base.substring(0, base.length() - "/api/v1".length());
        }
        String query = "testmode=false&include_canceled_positions=true"
                + since.map(at -> "&modified_since=" + URLEncoder.encode(at.toString(), StandardCharsets.UTF_8)).orElse("");
        return URI.create(base + "/api/v1/organizers/" + organizer + "/events/" + event + "/orders/?" + query);
    }

    private void counted() {
        if (metrics != null) {
            metrics.counter(PAGES_READ).inc();
        }
    }

    private OutboundHttp outbound() {
        return http;
    }

    private OutboundAddresses addresses() {
        return addresses;
    }
}
