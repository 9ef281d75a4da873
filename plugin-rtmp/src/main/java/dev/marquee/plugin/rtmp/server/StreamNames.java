package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.playback.PlaybackUrls;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the stream names clients send: a publisher's stream key (OBS sends it alone; some tools
 * append {@code ?...} parameters, which are ignored), and a player's {@code stage-{id}?token=...}. A name
 * that cannot be read (a broken {@code %}-escape in the token, say) is no play request.
 */
final class StreamNames {

    /** A play request: the stage and the token that must sign it. */
    record Play(long stageId, String token) {
    }

    private StreamNames() {
    }

    static String streamKey(String name) {
        if (name == null) {
            return "";
        }
        int query = name.indexOf('?');
        return (query >= 0 ? name.substring(0, query) : name).strip();
    }

    static Optional<Play> play(String name) {
        if (name == null || !name.startsWith(PlaybackUrls.RTMP_NAME_PREFIX)) {
            return Optional.empty();
        }
        int query = name.indexOf('?');
        String id = name.substring(PlaybackUrls.RTMP_NAME_PREFIX.length(), query < 0 ? name.length() : query);
        if (!id.matches("\\d{1,18}") || query < 0) {
            return Optional.empty();
        }
        for (String pair : name.substring(query + 1).split("&")) {
            if (pair.startsWith("token=")) {
                try {
                    String token = URLDecoder.decode(pair.substring("token=".length()), StandardCharsets.UTF_8);
                    return Optional.of(new Play(Long.parseLong(id), token));
                } catch (IllegalArgumentException e) {
                    return Optional.empty(); // a broken %-escape: no token can be read, so no stage is played
                }
            }
        }
        return Optional.empty();
    }
}
