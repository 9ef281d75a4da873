package dev.marquee.platform.spi.outbound;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The final response to an {@link OutboundRequest} (after redirects): status, headers (looked up in any
 * case), the body as a stream the caller reads and closes, and the URI that answered. Closing the
 * response closes the body and frees the connection; one that is not read to its end is dropped rather
 * than drained. Not thread-safe: read it on one thread.
 *
 * @since 0.1.0
 */
public record OutboundResponse(int status, Map<String, List<String>> headers, InputStream body, URI uri)
        implements Closeable {

    public OutboundResponse {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? InputStream.nullInputStream() : body;
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The media type of {@code Content-Type} in lower case without its parameters ({@code text/csv}), if any. */
    public Optional<String> mediaType() {
        return header("Content-Type").map(v -> v.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty());
    }

    /**
     * The body, refusing to deliver more than {@code maxBytes}: a read past the limit throws an
     * {@link IOException} saying so. The response sets no limit itself; a caller that streams an
     * unknown amount should use this.
     */
    public InputStream body(long maxBytes) {
        return new SizeLimitedInputStream(body, maxBytes);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
