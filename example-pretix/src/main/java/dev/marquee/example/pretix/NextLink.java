package dev.marquee.example.pretix;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which {@code next} links are followed: only to the same origin (scheme, host, port) and the same path as
 * the first page. A compromised or impostor API could otherwise point {@code next} at any address, and the
 * request would carry the organizer's token there. The answer explains a refusal without quoting the link.
 */
final class NextLink {

    private NextLink() {
    }

    /** The next page's URI, or why it is refused. */
    static URI follow(URI first, String next) throws Refused {
        URI uri;
        try {
            uri = first.resolve(new URI(next.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new Refused("the link to the next page is not a URL");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new Refused("the link to the next page carries user information or a fragment");
        }
        if (!origin(uri).equals(origin(first))) {
            throw new Refused("the link to the next page leads to another server than the pretix address; "
                    + "it was not followed (the token is only sent to the pretix address)");
        }
        if (!Optional.ofNullable(uri.getRawPath()).orElse("").equals(first.getRawPath())) {
            throw new Refused("the link to the next page leads away from the order list; it was not followed");
        }
        return uri;
    }

    /** Scheme, host and port (the default one written out), in lower case. */
    static String origin(URI uri) {
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        String host = Optional.ofNullable(uri.getHost()).orElse("").toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        return scheme + "://" + host + ":" + port;
    }

    /** A {@code next} link that is not followed. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }
}
