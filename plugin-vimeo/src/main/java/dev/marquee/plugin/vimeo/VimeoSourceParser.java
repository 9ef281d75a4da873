package dev.marquee.plugin.vimeo;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the organizer's {@code source} setting: a Vimeo link (an address of a video or live event,
 * https only; {@code vimeo.com/...} without a scheme is read as https) or, when the text contains
 * markup, Vimeo's embed code, judged by {@link VimeoEmbedPolicy}.
 */
final class VimeoSourceParser {

    private static final Pattern WITHOUT_SCHEME = Pattern.compile("(?i)(?:www\\.|player\\.)?vimeo\\.com/.*");
    private static final String GIVE =
            "give the https:// link of a Vimeo video or live event, or paste Vimeo's embed code";

    private VimeoSourceParser() {
    }

    /** The video or live event the text names, or {@link RejectedSourceException} saying why it is refused. */
    static VimeoSource parse(String text) {
        String source = text == null ? "" : text.strip();
        if (source.isEmpty()) {
            throw new RejectedSourceException("Nothing to play: " + GIVE);
        }
        if (source.contains("<")) {
            return VimeoEmbedPolicy.player(source);
        }
        return link(WITHOUT_SCHEME.matcher(source).matches() ? "https://" + source : source);
    }

    private static VimeoSource link(String address) {
        if (address.chars().anyMatch(Character::isWhitespace)) {
            throw new RejectedSourceException("This is neither one Vimeo link nor Vimeo's embed code; " + GIVE);
        }
        URI uri = VimeoUrls.parse(address);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("javascript") || scheme.equals("data") || scheme.equals("vbscript")) {
            throw new RejectedSourceException("A " + scheme + ": address is not allowed; " + GIVE);
        }
        if (scheme.isEmpty() || uri.getHost() == null) {
            throw new RejectedSourceException("'" + VimeoUrls.abbreviate(address) + "' is not a web address; " + GIVE);
        }
        if (!VimeoUrls.isVimeo(uri)) {
            throw new RejectedSourceException(VimeoUrls.site(uri) + " is not Vimeo; " + GIVE);
        }
        if (!scheme.equals("https")) {
            throw new RejectedSourceException("The link uses " + scheme + "://; give the https:// link Vimeo shows");
        }
        return VimeoUrls.source(uri).orElseThrow(() -> new RejectedSourceException(VimeoUrls.abbreviate(address)
                + " is not the address of a Vimeo video or live event; " + GIVE));
    }
}
