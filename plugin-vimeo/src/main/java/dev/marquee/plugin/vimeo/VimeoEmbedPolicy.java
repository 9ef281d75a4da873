package dev.marquee.plugin.vimeo;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether pasted embed code is Vimeo's own and which player it holds. Accepted: the elements
 * of Vimeo's embed codes (a {@code <div>} around one {@code <iframe>} of Vimeo's player, Vimeo's
 * {@code player.js} script, an older code's {@code <p>} of links to vimeo.com). Refused, with the
 * reason: any other element or script, event handlers, {@code javascript:} and {@code data:}
 * addresses, pages of other hosts, players over http, and no player or more than one.
 */
final class VimeoEmbedPolicy {

    static final String PLAYER_SCRIPT = "https://player.vimeo.com/api/player.js";

    private static final Set<String> ELEMENTS = Set.of("html", "head", "body", "div", "span", "p", "a", "br",
            "strong", "b", "em", "i", "iframe", "script");
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("src", "href", "action", "formaction", "data",
            "poster", "background", "srcset", "xlink:href", "ping", "cite", "srcdoc");
    private static final String AS_GIVEN = "; paste Vimeo's embed code as Vimeo gives it";
    private static final String ONLY_VIMEO = "; only Vimeo's player is allowed";

    private VimeoEmbedPolicy() {
    }

    /** The one Vimeo player in the embed code, or why the code is refused. */
    static VimeoSource player(String html) {
        Document document = Jsoup.parse(html);
        Set<VimeoSource> players = new LinkedHashSet<>();
        for (Element element : document.getAllElements()) {
            if (element == document) {
                continue;
            }
            check(element);
            if (element.normalName().equals("iframe")) {
                players.add(iframe(element));
            }
        }
        if (players.isEmpty()) {
            throw new RejectedSourceException("The embed code has no Vimeo player (an <iframe> of player.vimeo.com "
                    + "or vimeo.com/event); paste the embed code Vimeo gives for a video or live event");
        }
        if (players.size() > 1) {
            throw new RejectedSourceException("The embed code has " + players.size() + " different Vimeo players ("
                    + players.stream().map(VimeoSource::describe).collect(Collectors.joining(", "))
                    + "); a stage plays one, so paste the code of one");
        }
        return players.iterator().next();
    }

    private static void check(Element element) {
        String name = element.normalName();
        if (!ELEMENTS.contains(name)) {
            throw new RejectedSourceException("The embed code contains " + element(name)
                    + ", which Vimeo's embed code does not" + AS_GIVEN);
        }
        element.attributes().forEach(attribute -> check(name, attribute));
        if (name.equals("script")) {
            script(element);
        } else if (name.equals("a") && element.hasAttr("href")) {
            link(element.attr("href"));
        }
    }

    private static void check(String element, Attribute attribute) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = compact(attribute.getValue());
        if (key.startsWith("on")) {
            throw new RejectedSourceException("The embed code has an event handler (" + key + ")" + AS_GIVEN);
        }
        for (String scheme : List.of("javascript:", "vbscript:", "data:")) {
            if (value.startsWith(scheme)) {
                throw new RejectedSourceException("The embed code has a " + scheme + " address (in " + key + ")"
                        + ONLY_VIMEO);
            }
        }
        if (key.equals("style") && (value.contains("url(") || value.contains("expression("))) {
            throw new RejectedSourceException("The embed code has a style that loads an address" + AS_GIVEN);
        }
        if (ADDRESS_ATTRIBUTES.contains(key) && !expected(element, key)) {
            throw new RejectedSourceException("The embed code has " + key + "=\"" + VimeoUrls.abbreviate(
                    attribute.getValue()) + "\" on " + element(element) + ", which Vimeo's embed code does not"
                    + AS_GIVEN);
        }
    }

    private static boolean expected(String element, String attribute) {
        return (attribute.equals("src") && (element.equals("iframe") || element.equals("script")))
                || (attribute.equals("href") && element.equals("a"));
    }

    private static VimeoSource iframe(Element iframe) {
        String src = iframe.attr("src");
        if (src.isBlank()) {
            throw new RejectedSourceException("The embed code has an <iframe> without an address" + AS_GIVEN);
        }
        URI uri = VimeoUrls.parse(src);
        if (!VimeoUrls.isVimeo(uri)) {
            throw new RejectedSourceException("The embed code embeds a page from " + hostOrAddress(uri, src)
                    + ONLY_VIMEO);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new RejectedSourceException("The embed code loads Vimeo's player over " + uri.getScheme()
                    + "://, not https; paste the embed code Vimeo gives today");
        }
        return VimeoUrls.source(uri).orElseThrow(() -> new RejectedSourceException("The embed code embeds "
                + VimeoUrls.abbreviate(src) + ", which is not Vimeo's player of a video or live event"));
    }

    private static void script(Element script) {
        if (!script.hasAttr("src")) {
            throw new RejectedSourceException("The embed code has an inline script" + ONLY_VIMEO);
        }
        if (!script.data().isBlank()) {
            throw new RejectedSourceException("The embed code has a script with code inside it" + ONLY_VIMEO);
        }
        String src = script.attr("src").strip();
        URI uri = VimeoUrls.parse(src);
        if (!VimeoUrls.PLAYER_HOST.equals(VimeoUrls.host(uri))) {
            throw new RejectedSourceException("The embed code loads a script from " + hostOrAddress(uri, src)
                    + ONLY_VIMEO);
        }
        if (!src.equals(PLAYER_SCRIPT)) {
            throw new RejectedSourceException("The embed code loads " + VimeoUrls.abbreviate(src)
                    + ", not Vimeo's player script (" + PLAYER_SCRIPT + ")" + ONLY_VIMEO);
        }
    }

    /** Links are never used, but an older embed code's links must still point at Vimeo. */
    private static void link(String href) {
        URI uri = VimeoUrls.parse(href);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || !VimeoUrls.isVimeo(uri)) {
            throw new RejectedSourceException("The embed code links to " + hostOrAddress(uri, href) + ONLY_VIMEO);
        }
    }

    private static String hostOrAddress(URI uri, String raw) {
        String site = VimeoUrls.site(uri);
        return site.isEmpty() ? VimeoUrls.abbreviate(raw) : site;
    }

    /** {@code an <img>}, {@code a <form>}. */
    private static String element(String name) {
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an <" : "a <") + name + ">";
    }

    /** The value as a browser reads an address: without whitespace or control characters, lower case. */
    private static String compact(String value) {
        return value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
    }
}
