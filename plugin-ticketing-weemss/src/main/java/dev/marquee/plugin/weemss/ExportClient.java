package dev.marquee.plugin.weemss;

import dev.marquee.platform.spi.ticketing.TicketSourceException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Downloads the export as a stream, sending the organizer's headers and the validators of the last
 * download ({@code If-None-Match}, {@code If-Modified-Since}), so an unchanged export costs one 304.
 */
final class ExportClient {

    /** An export to read, or {@code body == null} when it has not changed since {@code cursor}. */
    record Download(InputStream body, String cursor) {
    }

    private static final String ETAG = "etag:";
    private static final String MODIFIED = "modified:";

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    Download get(String url, Map<String, String> headers, String cursor) throws TicketSourceException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Accept", "text/csv, text/plain;q=0.9, */*;q=0.1").GET();
        headers.forEach(request::header);
        if (cursor != null && cursor.startsWith(ETAG)) {
            request.header("If-None-Match", cursor.substring(ETAG.length()));
        } else if (cursor != null && cursor.startsWith(MODIFIED)) {
            request.header("If-Modified-Since", cursor.substring(MODIFIED.length()));
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new TicketSourceException("The export at " + hostOf(url) + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TicketSourceException("Interrupted while fetching the export", e);
        } catch (IllegalArgumentException e) {
            throw new TicketSourceException("A request header is not valid: " + e.getMessage(), e);
        }
        if (response.statusCode() == 304) {
            return new Download(null, cursor);
        }
        if (response.statusCode() / 100 != 2) {
            close(response.body());
            throw new TicketSourceException("The export at " + hostOf(url) + " answered HTTP " + response.statusCode()
                    + (response.statusCode() == 401 || response.statusCode() == 403 ? " (check the API key header)" : ""));
        }
        String next = response.headers().firstValue("ETag").map(v -> ETAG + v)
                .or(() -> response.headers().firstValue("Last-Modified").map(v -> MODIFIED + v))
                .orElse(null);
        return new Download(response.body(), next);
    }

    private static String hostOf(String url) {
        String host = URI.create(url).getHost();
        return host == null ? "the configured URL" : host;
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // nothing more to read anyway
        }
    }
}
