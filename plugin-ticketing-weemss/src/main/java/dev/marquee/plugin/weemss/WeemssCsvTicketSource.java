package dev.marquee.plugin.weemss;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.settings.SettingDescriptor;
import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.SettingType;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.platform.spi.ticketing.TicketSink;
import dev.marquee.platform.spi.ticketing.TicketSource;
import dev.marquee.platform.spi.ticketing.TicketSourceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Ticket buyers from a Weemss CSV export, fetched over HTTP every poll interval or uploaded as a file.
 * The export is fetched through core's {@link OutboundHttp}, which also checks the export URL when the
 * settings are saved (an internal address is refused unless an operator allows it).
 */
@ApplicationScoped
public class WeemssCsvTicketSource implements TicketSource {

    public static final String ID = "weemss-csv";

    private static final SettingsSchema FIELDS = SettingsSchema.of(
            SettingDescriptor.of("exportUrl", SettingType.URL, "Export URL")
                    .help("The address of the Weemss CSV export of the event's tickets").asRequired(),
            SettingDescriptor.of("headers", SettingType.STRING_MAP, "Request headers")
                    .help("Sent with every request for the export, such as an API key in X-API-Key").asSecret(),
            SettingDescriptor.of("pollInterval", SettingType.DURATION, "How often to check")
                    .help("How often Marquee reads the export for new and cancelled tickets: every 15 seconds "
                            + "at the most often").defaultValue("PT1M"),
            SettingDescriptor.of("columns", SettingType.STRING_MAP, "Column names")
                    .help("Ticket ID and Email are required, the others are read when present. Change a name "
                            + "where the header line of your export says it differently")
                    .defaultValue(WeemssColumns.DEFAULTS),
            SettingDescriptor.of("cancelledStatuses", SettingType.STRING_LIST, "Cancelled statuses")
                    .help("Status values that mean cancelled or refunded (any case)")
                    .defaultValue(List.of("cancelled", "canceled", "refunded")),
            SettingDescriptor.of("delimiter", SettingType.CHOICE, "Delimiter")
                    .help("What separates the columns; auto finds comma or semicolon in the header line").choices("auto", ",", ";")
                    .defaultValue("auto"),
            SettingDescriptor.of("timezone", SettingType.STRING, "Timezone of purchase times")
                    .help("For purchase times written without an offset").defaultValue("UTC"));

    @Inject
    OutboundHttp http;

    private final SettingsSchema schema = FIELDS.withRule(this::check);

    public WeemssCsvTicketSource() {
    }

    /** Outside CDI (tests): with the given outbound client. */
    WeemssCsvTicketSource(OutboundHttp http) {
        this.http = http;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Weemss CSV export";
    }

    @Override
    public SettingsSchema sourceSettings() {
        return schema;
    }

    @Override
    public String fetch(Settings settings, String cursor, TicketSink sink) throws TicketSourceException {
        ExportClient.Download download = new ExportClient(outbound()).get(settings.string("exportUrl").orElseThrow(),
                settings.map("headers"), cursor);
        if (download.body() == null) {
            return download.cursor();
        }
        try (InputStream body = download.body()) {
            reader(settings).read(body, sink);
        } catch (IOException e) {
            // closing after the read: the connection is dropped either way
        }
        return download.cursor();
    }

    @Override
    public void read(Settings settings, InputStream file, TicketSink sink) throws TicketSourceException {
        reader(settings).read(file, sink);
    }

    private OutboundHttp outbound() {
        return Objects.requireNonNull(http, "core's OutboundHttp is injected by CDI");
    }

    private static CsvTicketReader reader(Settings settings) {
        return new CsvTicketReader(WeemssColumns.resolve(settings.map("columns")), settings.list("cancelledStatuses"),
                settings.string("delimiter").orElse("auto"),
                new PurchaseTimeParser(ZoneId.of(settings.string("timezone").orElse("UTC"))));
    }

    private List<SettingError> check(Settings settings) {
        List<SettingError> errors = new ArrayList<>();
        settings.string("exportUrl").ifPresent(url -> {
            try {
                outbound().check(URI.create(url));
            } catch (OutboundException e) {
                errors.add(new SettingError("exportUrl", "Export URL refused: " + e.getMessage()));
            }
        });
        try {
            settings.map("headers").forEach(OutboundRequest::checkHeader);
        } catch (IllegalArgumentException e) {
            errors.add(new SettingError("headers", "Request headers: " + e.getMessage()));
        }
        settings.map("columns").keySet().stream().filter(k -> !WeemssColumns.DEFAULTS.containsKey(k))
                .forEach(k -> errors.add(new SettingError("columns", "Column names: unknown field '" + k + "'")));
        settings.duration("pollInterval").filter(d -> d.getSeconds() < 15)
                .ifPresent(d -> errors.add(new SettingError("pollInterval",
                        "How often to check must be 15 seconds or more")));
        try {
            ZoneId.of(settings.string("timezone").orElse("UTC"));
        } catch (DateTimeException e) {
            errors.add(new SettingError("timezone", "Timezone of purchase times is not a known timezone"));
        }
        return errors;
    }
}
