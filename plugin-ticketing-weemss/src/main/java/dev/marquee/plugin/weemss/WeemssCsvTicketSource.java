package dev.marquee.plugin.weemss;

import dev.marquee.platform.spi.settings.SettingDescriptor;
import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.SettingType;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.platform.spi.ticketing.TicketSink;
import dev.marquee.platform.spi.ticketing.TicketSource;
import dev.marquee.platform.spi.ticketing.TicketSourceException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Ticket buyers from a Weemss CSV export, fetched over HTTP every poll interval or uploaded as a file. */
@ApplicationScoped
public class WeemssCsvTicketSource implements TicketSource {

    public static final String ID = "weemss-csv";

    private static final SettingsSchema SETTINGS = SettingsSchema.of(
            SettingDescriptor.of("exportUrl", SettingType.URL, "Export URL")
                    .help("The address of the Weemss CSV export of the event's tickets").asRequired(),
            SettingDescriptor.of("headers", SettingType.STRING_MAP, "Request headers")
                    .help("Sent with every request, e.g. {\"X-API-Key\": \"...\"}; kept secret").asSecret(),
            SettingDescriptor.of("pollInterval", SettingType.DURATION, "Poll interval")
                    .help("How often the export is read (ISO-8601, at least PT15S)").defaultValue("PT1M"),
            SettingDescriptor.of("columns", SettingType.STRING_MAP, "Column names")
                    .help("Header names for ticketId, orderId, firstName, lastName, fullName, email, ticketType, "
                            + "status, purchasedAt; defaults: " + WeemssColumns.DEFAULTS),
            SettingDescriptor.of("cancelledStatuses", SettingType.STRING_LIST, "Cancelled statuses")
                    .help("Status values that mean cancelled or refunded (any case)")
                    .defaultValue(List.of("cancelled", "canceled", "refunded")),
            SettingDescriptor.of("delimiter", SettingType.CHOICE, "Delimiter")
                    .help("auto detects comma or semicolon from the header line").choices("auto", ",", ";")
                    .defaultValue("auto"),
            SettingDescriptor.of("timezone", SettingType.STRING, "Timezone of purchase times")
                    .help("For purchase times written without an offset").defaultValue("UTC"))
            .withRule(WeemssCsvTicketSource::check);

    private final ExportClient client = new ExportClient();

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
        return SETTINGS;
    }

    @Override
    public String fetch(Settings settings, String cursor, TicketSink sink) throws TicketSourceException {
        ExportClient.Download download = client.get(settings.string("exportUrl").orElseThrow(),
                settings.map("headers"), cursor);
        if (download.body() == null) {
            return download.cursor();
        }
        try (InputStream body = download.body()) {
            reader(settings).read(body, sink);
        } catch (IOException e) {
            throw new TicketSourceException("The export could not be read: " + e.getMessage(), e);
        }
        return download.cursor();
    }

    @Override
    public void read(Settings settings, InputStream file, TicketSink sink) throws TicketSourceException {
        reader(settings).read(file, sink);
    }

    private static CsvTicketReader reader(Settings settings) {
        return new CsvTicketReader(WeemssColumns.resolve(settings.map("columns")), settings.list("cancelledStatuses"),
                settings.string("delimiter").orElse("auto"),
                new PurchaseTimeParser(ZoneId.of(settings.string("timezone").orElse("UTC"))));
    }

    private static List<SettingError> check(Settings settings) {
        List<SettingError> errors = new ArrayList<>();
        settings.map("columns").keySet().stream().filter(k -> !WeemssColumns.DEFAULTS.containsKey(k))
                .forEach(k -> errors.add(new SettingError("columns", "Column names: unknown field '" + k + "'")));
        settings.duration("pollInterval").filter(d -> d.getSeconds() < 15)
                .ifPresent(d -> errors.add(new SettingError("pollInterval", "Poll interval must be at least PT15S")));
        try {
            ZoneId.of(settings.string("timezone").orElse("UTC"));
        } catch (DateTimeException e) {
            errors.add(new SettingError("timezone", "Timezone of purchase times is not a known timezone"));
        }
        return errors;
    }
}
