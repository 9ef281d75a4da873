package dev.marquee.plugin.vimeo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Vimeo's oEmbed endpoint says of a video or live event, as far as Marquee uses it: its
 * {@code title}, {@code thumbnail_url} (https only) and {@code author_name}; each may be null, as a
 * video with domain-level privacy gets a reply without its private details.
 */
record VimeoOEmbed(String title, String thumbnailUrl, String authorName) {

    /** The player attributes this adds to an iframe source: {@code title} and {@code thumbnail} when known. */
    Map<String, Object> playerAttributes() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (title != null) {
            attributes.put("title", title);
        }
        if (thumbnailUrl != null) {
            attributes.put("thumbnail", thumbnailUrl);
        }
        return attributes;
    }
}
