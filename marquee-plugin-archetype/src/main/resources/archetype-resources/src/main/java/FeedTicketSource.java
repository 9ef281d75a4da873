package ${package};

import dev.marquee.platform.spi.outbound.OutboundAddresses;
import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;
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
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The ticket source {@value #ID}: reads an event's tickets from a JSON feed ({@link FeedReader} says what
 * it looks like) with a bearer token, through core's guarded {@link OutboundHttp} (never a client of its
 * own), everything on every run (it keeps no cursor; core makes nobody twice). Replace the feed's address,
 * format and token with your ticketing system's; keep the id once sources use it (it is stored with them).
 */
@ApplicationScoped
public class FeedTicketSource implements TicketSource {

    public static final String ID = "${pluginId}";

    static final String URL = "url";
    static final String TOKEN = "token";

    /** The most one feed may weigh. */
    private static final long MAX_BYTES = 16L << 20;

    @Inject
    OutboundHttp http;

    @Inject
    OutboundAddresses addresses;

    private final SettingsSchema settings = SettingsSchema.of(
            SettingDescriptor.of(URL, SettingType.URL, "Ticket feed address")
                    .help("https; plain http only to an internal address your operator allowed").asRequired(),
            SettingDescriptor.of(TOKEN, SettingType.STRING, "API token")
                    .help("Sent as Authorization: Bearer ...").asRequired().asSecret())
            .withRule(values -> values.string(URL).flatMap(this::urlProblem).map(List::of).orElse(List.of()));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "${pluginId}";
    }

    @Override
    public SettingsSchema sourceSettings() {
        return settings;
    }

    @Override
    public String fetch(Settings values, String cursor, TicketSink sink) throws TicketSourceException {
        URI uri = URI.create(values.string(URL).orElseThrow());
        OutboundRequest request = OutboundRequest.get(uri).withTimeout(Duration.ofMinutes(1))
                .withHeader("Accept", "application/json")
                .withHeader("Authorization", "Bearer " + values.string(TOKEN).orElseThrow());
        try (OutboundResponse response = http.send(request)) {
            if (response.status() != 200) {
                throw new TicketSourceException("The ticket feed at " + uri.getHost() + " answered HTTP " + response.status());
            }
            FeedReader.read(response.body(MAX_BYTES), sink);
        } catch (OutboundException e) {
            throw new TicketSourceException("The ticket feed at " + uri.getHost() + " cannot be reached: " + e.getMessage(), e);
        } catch (IOException e) {
            // closing: the connection is dropped either way
        }
        return null;
    }

    /** The token crosses the network: https, or plain http that never leaves the operator's network. */
    private Optional<SettingError> urlProblem(String url) {
        URI uri = URI.create(url);
        try {
            http.check(uri);
        } catch (OutboundException e) {
            return Optional.of(new SettingError(URL, "Ticket feed address refused: " + e.getMessage()));
        }
        if ("https".equalsIgnoreCase(uri.getScheme()) || addresses.staysInside(uri.getHost())) {
            return Optional.empty();
        }
        return Optional.of(new SettingError(URL, "Ticket feed address must use https"));
    }
}
