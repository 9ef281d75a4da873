package dev.marquee.platform.application.event;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.settings.SettingError;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The origins allowed to frame an event's embedded player: each {@code https://host[:port]} (a path, a
 * query, user info or a wildcard is refused), or {@code http://localhost[:port]} /
 * {@code http://127.0.0.1[:port]} for trying an embed out on one's own machine; at most {@link #MAX}.
 * They are normalized (lower case, default port dropped, duplicates removed) because they go verbatim
 * into a Content-Security-Policy header, where a stray space or semicolon would change the policy.
 */
public final class EmbedOrigins {

    /** Most origins an event may list. */
    public static final int MAX = 20;

    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

    private EmbedOrigins() {
    }

    /** The normalized list, or a 400 naming the first origin that is not one; null or empty gives an empty list. */
    public static List<String> check(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String value : raw) {
            origins.add(origin(value));
        }
        if (origins.size() > MAX) {
            throw invalid("at most " + MAX + " embedding origins");
        }
        return List.copyOf(origins);
    }

    /** The stored form: the origins separated by spaces; null for none. */
    public static String join(List<String> origins) {
        return origins == null || origins.isEmpty() ? null : String.join(" ", origins);
    }

    /** The origins of the stored form. */
    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.trim().split(" +"));
    }

    private static String origin(String value) {
        String text = value == null ? "" : value.trim();
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid("'" + value + "' is not an origin; write https://host or https://host:port");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean bare = uri.getRawUserInfo() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                && uri.getRawQuery() == null && uri.getRawFragment() == null;
        boolean local = "http".equals(scheme) && LOCAL_HOSTS.contains(host);
        if (!bare || !("https".equals(scheme) || local) || !HOST.matcher(host).matches()) {
            throw invalid("'" + value + "' is not an origin; write https://host or https://host:port"
                    + " (http only for localhost)");
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    private static Problem invalid(String message) {
        return new Problem(Problem.Kind.INVALID, "invalid_request", message,
                List.of(new SettingError("embedOrigins", message)), null);
    }
}
