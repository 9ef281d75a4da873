package dev.marquee.plugin.rtmp.http;

import dev.marquee.plugin.rtmp.abr.LadderRules;
import dev.marquee.plugin.rtmp.llhls.LlHlsNames;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A playback request's path after {@code /media/rtmp}: {@code /{stage}/{token}/{file}} for the source, or
 * {@code /{stage}/{token}/{rendition}/{file}} for one of the stage's transcoded renditions (a name of
 * {@link LadderRules#NAME}); the token {@code <expiry>.<session>.<nonce>.<signature>}, the file one of HTTP-FLV's,
 * HLS's ({@code index.m3u8} and its segments, {@value PlaybackPath#VARIANTS} listing the source and the
 * renditions) or LL-HLS's ({@link LlHlsNames}).
 *
 * @param rendition null for the source
 */
record PlaybackPath(long stageId, String token, String rendition, String file) {

    static final String VARIANTS = dev.marquee.plugin.rtmp.playback.PlaybackUrls.VARIANTS;

    private static final Pattern SHAPE =
            Pattern.compile("/(\\d{1,18})/([0-9]{1,12}\\.[0-9]{1,19}\\.[A-Za-z0-9_-]{8}\\.[A-Za-z0-9_-]{1,64})/(?:("
                    + LadderRules.NAME.pattern() + ")/)?(live\\.flv|index\\.m3u8|variants\\.m3u8|seg-\\d{1,18}\\.ts|"
                    + LlHlsNames.PATTERN + ")");

    PlaybackPath(long stageId, String token, String file) {
        this(stageId, token, null, file);
    }

    static Optional<PlaybackPath> parse(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(pathInfo);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(3) != null && (VARIANTS.equals(m.group(4)) || LlHlsNames.MULTIVARIANT.equals(m.group(4)))) {
            return Optional.empty(); // a rendition has media playlists only
        }
        return Optional.of(new PlaybackPath(Long.parseLong(m.group(1)), m.group(2), m.group(3), m.group(4)));
    }
}
