package dev.marquee.plugin.rtmp.restream;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A restream target's server address as organizers copy it from YouTube or Twitch:
 * {@code rtmp://host[:port]/app} or {@code rtmps://host[:port]/app}, the application path included
 * ({@code rtmp://a.rtmp.youtube.com/live2}); the stream key is kept apart. Ports default to 1935 (rtmp)
 * and 443 (rtmps). No user info, query or fragment.
 *
 * @param tls whether the connection is RTMPS (RTMP over TLS)
 * @param host the host as written (a name, or an IP literal without brackets)
 * @param app the application path, without the leading slash
 */
public record RestreamUrl(String text, boolean tls, String host, int port, String app) {

    public static final int MAX_LENGTH = 512;
    private static final Pattern APP = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@%/-]+");

    /** Why {@code text} is not a target address, or the parsed address. */
    public static Optional<String> problem(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** @throws IllegalArgumentException saying what is wrong, in words for an organizer */
    public static RestreamUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter the server address, e.g. rtmp://a.rtmp.youtube.com/live2");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The address may have at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("This is not a valid rtmp:// or rtmps:// address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("rtmp") && !scheme.equals("rtmps")) {
            throw new IllegalArgumentException("The address must start with rtmp:// or rtmps://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("The address names no valid host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The address may not hold a user name or password");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("Put the stream key in the key field, not in the address");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String app = path.startsWith("/") ? path.substring(1) : path;
        while (app.endsWith("/")) {
            app = app.substring(0, app.length() - 1);
        }
        if (app.isEmpty() || !APP.matcher(app).matches()) {
            throw new IllegalArgumentException("The address needs the application path, e.g. /live2 or /app");
        }
        boolean tls = scheme.equals("rtmps");
        int port = uri.getPort() == -1 ? (tls ? 443 : 1935) : uri.getPort();
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        return new RestreamUrl(trimmed, tls, host.toLowerCase(Locale.ROOT), port, app);
    }

    /** The {@code tcUrl} of the connect command: scheme, host, port as written and the application. */
    public String tcUrl() {
        URI uri = URI.create(text);
        String authority = uri.getRawAuthority();
        return (tls ? "rtmps" : "rtmp") + "://" + authority + "/" + app;
    }
}
