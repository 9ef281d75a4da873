package dev.marquee.platform.spi.outbound;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One request to send through {@link OutboundHttp}: immutable, built with {@link #get} or {@link #post}
 * and the {@code with*} methods. Headers are checked when added: a name must be an HTTP token, a value
 * may not hold line breaks or other control characters, and the headers the client manages itself
 * ({@code Host}, {@code Content-Length}, {@code Transfer-Encoding}, {@code Connection}, ...) are
 * refused. The exceptions name the header, never its value (it may be a secret).
 *
 * @param timeout the longest wait for the server at each step: connecting, the response head, and each
 *                read of the body (not a deadline for the whole body)
 *
 * @since 0.1.0
 */
public record OutboundRequest(String method, URI uri, Map<String, String> headers, byte[] body, Duration timeout) {

    /** The timeout of a request that sets none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}");
    private static final Set<String> MANAGED = Set.of("host", "content-length", "transfer-encoding", "connection",
            "keep-alive", "upgrade", "expect", "te", "trailer", "proxy-authorization", "proxy-connection");

    public OutboundRequest {
        Objects.requireNonNull(uri, "uri");
        if (method == null || !TOKEN.matcher(method).matches()) {
            throw new IllegalArgumentException("The request method is not valid");
        }
        method = method.toUpperCase(Locale.ROOT);
        Map<String, String> checked = new LinkedHashMap<>();
        (headers == null ? Map.<String, String>of() : headers).forEach((name, value) -> {
            checkHeader(name, value);
            checked.put(name, value);
        });
        headers = Collections.unmodifiableMap(checked);
        body = body == null ? null : body.clone();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive");
        }
    }

    public static OutboundRequest get(URI uri) {
        return new OutboundRequest("GET", uri, Map.of(), null, DEFAULT_TIMEOUT);
    }

    public static OutboundRequest post(URI uri, String contentType, byte[] body) {
        return new OutboundRequest("POST", uri, Map.of("Content-Type", contentType), body, DEFAULT_TIMEOUT);
    }

    /** This request with one more header (replacing one of the same name, in any case). */
    public OutboundRequest withHeader(String name, String value) {
        return withHeaders(Map.of(name, value));
    }

    /** This request with more headers (replacing those of the same names, in any case). */
    public OutboundRequest withHeaders(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        more.forEach((name, value) -> {
            all.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            all.put(name, value);
        });
        return new OutboundRequest(method, uri, all, body, timeout);
    }

    public OutboundRequest withTimeout(Duration value) {
        return new OutboundRequest(method, uri, headers, body, value);
    }

    /** The body, or null; a copy, as the record keeps its own. */
    @Override
    public byte[] body() {
        return body == null ? null : body.clone();
    }

    /**
     * Checks that a header can be sent (for validating settings before they are saved, too).
     *
     * @throws IllegalArgumentException when it cannot, naming the header but never its value
     */
    public static void checkHeader(String name, String value) {
        if (name == null || !TOKEN.matcher(name).matches()) {
            throw new IllegalArgumentException("A header name may hold only letters, digits and !#$%&'*+.^_`|~-");
        }
        if (MANAGED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("The header '" + name + "' is set by Marquee itself");
        }
        if (value == null || value.length() > 8192 || value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7F)) {
            throw new IllegalArgumentException("The value of header '" + name
                    + "' is missing, too long or holds a line break or another control character");
        }
    }

    @Override
    public String toString() {
        return "OutboundRequest[" + method + " " + uri.getScheme() + "://" + uri.getHost() + ", headers "
                + headers.keySet() + "]";
    }
}
