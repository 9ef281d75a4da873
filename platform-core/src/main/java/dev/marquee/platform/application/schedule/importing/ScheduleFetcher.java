package dev.marquee.platform.application.schedule.importing;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * Downloads a schedule file through the guarded {@link OutboundHttp} (internal addresses refused, on
 * every redirect too), at most the reader's byte limit of it. Messages name the host and the status,
 * never anything the server sent.
 */
@ApplicationScoped
public class ScheduleFetcher {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    OutboundHttp http;

    public ScheduleFetcher() {
    }

    ScheduleFetcher(OutboundHttp http) {
        this.http = http;
    }

    /** The URL as a URI Marquee may fetch, or a {@link ScheduleParseException} saying why not. */
    public URI check(String url) throws ScheduleParseException {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new ScheduleParseException("The schedule URL is not a valid address");
        }
        if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new ScheduleParseException("The schedule URL must be an http:// or https:// address");
        }
        try {
            http.check(uri);
        } catch (OutboundException e) {
            throw new ScheduleParseException(e.getMessage(), e);
        }
        return uri;
    }

    public byte[] fetch(String url, ScheduleReader reader) throws ScheduleParseException {
        URI uri = check(url);
        OutboundRequest request = OutboundRequest.get(uri).withTimeout(TIMEOUT)
                .withHeader("Accept", "application/xml, text/xml, application/json;q=0.9, */*;q=0.1");
        try (OutboundResponse response = http.send(request)) {
            if (response.status() / 100 != 2) {
                throw new ScheduleParseException("The schedule at " + uri.getHost() + " answered HTTP " + response.status());
            }
            return reader.load(response.body(reader.limits().maxBytes()));
        } catch (OutboundException e) {
            throw new ScheduleParseException("The schedule at " + uri.getHost() + " cannot be fetched: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ScheduleParseException("The schedule at " + uri.getHost() + " could not be read to its end", e);
        }
    }
}
