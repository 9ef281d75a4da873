package dev.marquee.plugin.vimeo;

import java.util.regex.Pattern;

/**
 * What plays on a Vimeo stage: a video or a live event, by its numeric id, with the hash of an
 * unlisted link when there is one. Marquee builds every address from these values alone, never from
 * the text the organizer pasted.
 */
record VimeoSource(Kind kind, String id, String hash) {

    /** The two things Vimeo's player shows. */
    enum Kind {
        VIDEO("video"), LIVE_EVENT("live event");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How organizers read it: {@code video} or {@code live event}. */
        String label() {
            return label;
        }
    }

    static final Pattern ID = Pattern.compile("[0-9]{1,20}");
    static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{1,64}");

    VimeoSource {
        if (kind == null || id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A Vimeo id is a number, not " + id);
        }
        if (hash != null && !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("A Vimeo hash is hexadecimal, not " + hash);
        }
    }

    static VimeoSource video(String id, String hash) {
        return new VimeoSource(Kind.VIDEO, id, hash);
    }

    static VimeoSource liveEvent(String id, String hash) {
        return new VimeoSource(Kind.LIVE_EVENT, id, hash);
    }

    /** The address of Vimeo's player for this source; with autoplay, muted as browsers require. */
    String playerUrl(boolean autoplay) {
        String base = kind == Kind.VIDEO
                ? "https://player.vimeo.com/video/" + id + (hash == null ? "" : "?h=" + hash)
                : "https://vimeo.com/event/" + id + "/embed" + (hash == null ? "" : "/" + hash);
        if (!autoplay) {
            return base;
        }
        return base + (base.contains("?") ? "&" : "?") + "autoplay=1&muted=1";
    }

    /** The page address that Vimeo's oEmbed endpoint describes (an unlisted video needs its hash). */
    String pageUrl() {
        String path = kind == Kind.VIDEO ? id : "event/" + id;
        return "https://vimeo.com/" + path + (hash == null ? "" : "/" + hash);
    }

    /** For messages: {@code video 76979871}, {@code live event 4867722}. */
    String describe() {
        return kind.label() + " " + id;
    }
}
