package dev.marquee.plugin.vimeo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses of Vimeo videos and live events that Marquee recognises, by host and path:
 * {@code vimeo.com/{id}[/{hash}]}, {@code vimeo.com/channels/{name}/{id}},
 * {@code vimeo.com/groups/{name}/videos/{id}}, {@code vimeo.com/showcase|album/{n}/video/{id}},
 * {@code player.vimeo.com/video/{id}[?h={hash}]}, {@code vimeo.com/event/{id}[/{hash}]},
 * {@code vimeo.com/event/{id}/embed[/{hash}]} and {@code player.vimeo.com/event/{id}[/embed][/{hash}]}
 * (the last read as the documented {@code vimeo.com/event} address). Scheme checks are left to callers,
 * which word them for their context.
 */
final class VimeoUrls {

    static final Set<String> SITE_HOSTS = Set.of("vimeo.com", "www.vimeo.com");
    static final String PLAYER_HOST = "player.vimeo.com";

    private record Form(Pattern path, Function<Matcher, VimeoSource> source) {
    }

    private static final String ID = "(" + VimeoSource.ID.pattern() + ")";
    private static final String HASH = "(" + VimeoSource.HASH.pattern() + ")";

    private static final Form EVENT = form("/event/" + ID + "(?:/embed)?(?:/" + HASH + ")?",
            m -> VimeoSource.liveEvent(m.group(1), m.group(2)));
    private static final List<Form> SITE = List.of(
            form("/" + ID + "(?:/" + HASH + ")?", m -> VimeoSource.video(m.group(1), m.group(2))),
            form("/channels/[\\w-]+/" + ID, m -> VimeoSource.video(m.group(1), null)),
            form("/groups/[\\w-]+/videos/" + ID, m -> VimeoSource.video(m.group(1), null)),
            form("/(?:showcase|album)/[0-9]+/video/" + ID, m -> VimeoSource.video(m.group(1), null)),
            EVENT);
    private static final List<Form> PLAYER = List.of(EVENT);

    private static final Pattern PLAYER_VIDEO = Pattern.compile("/video/" + ID + "/?");
    private static final Pattern HASH_PARAM = Pattern.compile("(?:^|&)h=([^&]*)");

    private VimeoUrls() {
    }

    /** Parses an address; one starting with {@code //} (older embed codes) is read as https. */
    static URI parse(String raw) {
        String text = raw.strip();
        try {
            return new URI(text.startsWith("//") ? "https:" + text : text);
        } catch (URISyntaxException e) {
            throw new RejectedSourceException("'" + abbreviate(text) + "' is not a web address");
        }
    }

    /** The lower-case host, or {@code ""} when there is none. */
    static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** The host as written, with any user name or port: {@code vimeo.com@evil.example}. */
    static String site(URI uri) {
        return uri.getRawAuthority() == null ? "" : uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }

    static boolean isVimeo(URI uri) {
        String host = host(uri);
        boolean standardPort = uri.getPort() == -1 || uri.getPort() == 443;
        return uri.getRawUserInfo() == null && standardPort && (SITE_HOSTS.contains(host) || PLAYER_HOST.equals(host));
    }

    /** The video or live event a Vimeo address names, if it names one. */
    static Optional<VimeoSource> source(URI uri) {
        if (!isVimeo(uri) || uri.getRawPath() == null) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (PLAYER_HOST.equals(host(uri))) {
            Matcher video = PLAYER_VIDEO.matcher(path);
            if (video.matches()) {
                return Optional.of(VimeoSource.video(video.group(1), hashParam(uri)));
            }
            return match(PLAYER, path);
        }
        return match(SITE, path);
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static Optional<VimeoSource> match(List<Form> forms, String path) {
        for (Form form : forms) {
            Matcher m = form.path().matcher(path);
            if (m.matches()) {
                return Optional.of(form.source().apply(m));
            }
        }
        return Optional.empty();
    }

    /** The {@code h} parameter of a player address (an unlisted video's hash), or null. */
    private static String hashParam(URI uri) {
        Matcher m = HASH_PARAM.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
        if (!m.find()) {
            return null;
        }
        if (!VimeoSource.HASH.matcher(m.group(1)).matches()) {
            throw new RejectedSourceException("The h= value of " + abbreviate(uri.toString())
                    + " is not a Vimeo hash; copy the link again from Vimeo");
        }
        return m.group(1);
    }

    private static Form form(String path, Function<Matcher, VimeoSource> source) {
        return new Form(Pattern.compile(path + "/?"), source);
    }
}
