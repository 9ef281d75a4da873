package dev.marquee.platform.spi.media;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One way to play a stage. {@code type} is one of {@code http-flv}, {@code hls}, {@code iframe},
 * {@code twilio-video} (or a type of a plugin's own); {@code attributes} hold what the player needs
 * (a signed {@code url}, an embed {@code src}, a {@code token}) and appear beside {@code type} in JSON.
 *
 * @since 0.1.0
 */
public record PlaybackSource(String type, Map<String, Object> attributes) {

    public PlaybackSource {
        attributes = Map.copyOf(attributes);
    }

    /**
     * A source of the given type with these attributes; the way to make one (new information goes into
     * {@code attributes}, so this stays as it is).
     */
    public static PlaybackSource of(String type, Map<String, Object> attributes) {
        return new PlaybackSource(type, attributes);
    }

    /** A source of the given type with a {@code url} attribute. */
    public static PlaybackSource url(String type, String url) {
        return new PlaybackSource(type, Map.of("url", url));
    }

    /** The source as the JSON object a player receives. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.putAll(attributes);
        return json;
    }
}
