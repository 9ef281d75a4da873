package dev.marquee.plugin.weemss;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;
import dev.marquee.platform.spi.ticketing.TicketSourceException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Downloads the export as a stream through core's guarded {@link OutboundHttp}, sending the organizer's
 * headers and the validators of the last download ({@code If-None-Match}, {@code If-Modified-Since}),
 * so an unchanged export costs one 304. A response that is clearly not CSV (an HTML page, JSON) is
 * refused by its content type; nothing of a response body ever goes into a message.
 */
final class ExportClient {

    /** An export to read, or {@code body == null} when it has not changed since {@code cursor}. */
    record Download(InputStream body, String cursor) {
    }

    /** The most an export may weigh; far beyond any real one, it stops an endless stream. */
    static final long MAX_BYTES = 256L << 20;

    private static final String ETAG = "etag:";
    private static final String MODIFIED = "modified:";
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,40}/[a-z0-9][a-z0-9!#$&^_.+-]{0,60}");
    private static final Pattern VALIDATOR = Pattern.compile("[\\x21-\\x7E][\\x20-\\x7E]{0,199}");
    private static final Set<String> NOT_CSV_TYPES = Set.of("text/html", "application/xhtml+xml", "application/json",
            "text/json", "application/xml", "text/xml", "application/javascript", "text/javascript", "text/css",
            "application/pdf");

    private final OutboundHttp http;

    ExportClient(OutboundHttp http) {
        this.http = http;
    }

    Download get(String url, Map<String, String> headers, String cursor) throws TicketSourceException {
        URI uri = URI.create(url);
        String host = uri.getHost() == null ? "the configured URL" : uri.getHost();
        OutboundRequest request;
        try {
            request = OutboundRequest.get(uri).withTimeout(Duration.ofMinutes(2))
                    .withHeader("Accept", "text/csv, text/plain;q=0.9, */*;q=0.1").withHeaders(headers);
            if (cursor != null && cursor.startsWith(ETAG)) {
                request = request.withHeader("If-None-Match", cursor.substring(ETAG.length()));
            } else if (cursor != null && cursor.startsWith(MODIFIED)) {
                request = request.withHeader("If-Modified-Since", cursor.substring(MODIFIED.length()));
            }
        } catch (IllegalArgumentException e) {
            throw new TicketSourceException("A request header is not valid: " + e.getMessage());
        }
        OutboundResponse response;
        try {
            response = http.send(request);
        } catch (OutboundException e) {
            throw new TicketSourceException("The export at " + host + " cannot be fetched: " + e.getMessage(), e);
        }
        if (response.status() == 304) {
            close(response);
            return new Download(null, cursor);
        }
        if (response.status() / 100 != 2) {
            close(response);
            throw new TicketSourceException("The export at " + host + " answered HTTP " + response.status()
                    + (response.status() == 401 || response.status() == 403 ? " (check the API key header)" : ""));
        }
        Optional<String> notCsv = notCsv(response.mediaType());
        if (notCsv.isPresent()) {
            close(response);
            throw new TicketSourceException("The export at " + host + " answered with " + notCsv.get()
                    + ", not CSV: is the export URL right?");
        }
        String next = validator(response, "ETag").map(v -> ETAG + v)
                .or(() -> validator(response, "Last-Modified").map(v -> MODIFIED + v)).orElse(null);
        return new Download(response.body(MAX_BYTES), next);
    }

    /**
     * The content type, if it is clearly not CSV or text, in words that repeat only a well-formed media
     * type (anything else the server wrote is not repeated).
     */
    static Optional<String> notCsv(Optional<String> mediaType) {
        if (mediaType.isEmpty()) {
            return Optional.empty();
        }
        String type = mediaType.get();
        boolean refused = NOT_CSV_TYPES.contains(type) || type.endsWith("+json") || type.endsWith("+xml")
                || type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.startsWith("font/") || type.startsWith("multipart/");
        if (!refused) {
            return Optional.empty();
        }
        return Optional.of(MEDIA_TYPE.matcher(type).matches() ? type : "a content type that is not CSV");
    }

    /** A validator worth sending back: printable and short (it is stored as the source's cursor). */
    private static Optional<String> validator(OutboundResponse response, String name) {
        return response.header(name).filter(v -> VALIDATOR.matcher(v).matches());
    }

    private static void close(OutboundResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // nothing more to read anyway
        }
    }
}
