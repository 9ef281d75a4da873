package dev.marquee.plugin.rtmp.http;

import dev.marquee.plugin.rtmp.llhls.LlHlsNames;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A playback request's path after {@code /media/rtmp}: {@code /{stage}/{token}/{file}}, the token
 * {@code <expiry>.<session>.<signature>}, the file one of HTTP-FLV's, HLS's or LL-HLS's ({@link LlHlsNames}).
 */
record PlaybackPath(long stageId, String token, String file) {

    private static final Pattern SHAPE =
            Pattern.compile("/(\\d{1,18})/([0-9]{1,12}\\.[0-9]{1,19}\\.[A-Za-z0-9_-]{1,64})/(live\\.flv|index\\.m3u8|seg-\\d{1,18}\\.ts|"
                    + LlHlsNames.PATTERN + ")");

    static Optional<PlaybackPath> parse(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(pathInfo);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PlaybackPath(Long.parseLong(m.group(1)), m.group(2), m.group(3)));
    }
}
