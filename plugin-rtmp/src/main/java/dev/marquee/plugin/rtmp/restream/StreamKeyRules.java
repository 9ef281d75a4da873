package dev.marquee.plugin.rtmp.restream;

import java.util.Optional;

/**
 * What a restream target's stream key may be: 1 to {@value #MAX_LENGTH} printable ASCII characters without
 * spaces (YouTube, Twitch and Facebook keys all are; Facebook's carry {@code ?} and {@code &}).
 */
public final class StreamKeyRules {

    public static final int MAX_LENGTH = 256;

    private StreamKeyRules() {
    }

    public static Optional<String> problem(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.of("Enter the stream key the platform gave you");
        }
        if (key.length() > MAX_LENGTH) {
            return Optional.of("The stream key may have at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return Optional.of("The stream key has a space or a character no RTMP server takes");
            }
        }
        return Optional.empty();
    }
}
