package dev.marquee.plugin.rtmp.hls;

import java.util.function.LongFunction;

/**
 * Writes the live media playlist (RFC 8216, 4.3) for a window of segments: protocol version 3
 * (decimal EXTINF durations), the target duration, the media and discontinuity sequence numbers
 * of the first listed segment, each segment's duration with millisecond precision and its URI,
 * and EXT-X-ENDLIST once the stream has ended.
 */
final class MediaPlaylist {

    private MediaPlaylist() {
    }

    static String render(HlsWindow window, LongFunction<String> segmentUri) {
        var listed = window.listed();
        StringBuilder text = new StringBuilder(160 + 48 * listed.size());
        text.append("#EXTM3U\n");
        text.append("#EXT-X-VERSION:3\n");
        text.append("#EXT-X-TARGETDURATION:").append(window.targetDurationSeconds()).append('\n');
        text.append("#EXT-X-MEDIA-SEQUENCE:").append(listed.get(0).sequence()).append('\n');
        if (window.discontinuitySequence() > 0) {
            text.append("#EXT-X-DISCONTINUITY-SEQUENCE:").append(window.discontinuitySequence()).append('\n');
        }
        for (HlsSegment segment : listed) {
            if (segment.discontinuity()) {
                text.append("#EXT-X-DISCONTINUITY\n");
            }
            text.append("#EXTINF:");
            appendSeconds(text, segment.durationMillis());
            text.append(",\n").append(segmentUri.apply(segment.sequence())).append('\n');
        }
        if (window.ended()) {
            text.append("#EXT-X-ENDLIST\n");
        }
        return text.toString();
    }

    /** {@code 2040} becomes {@code 2.040}, without locale-dependent formatting. */
    static void appendSeconds(StringBuilder text, long millis) {
        long fraction = millis % 1000;
        text.append(millis / 1000).append('.');
        if (fraction < 100) {
            text.append('0');
        }
        if (fraction < 10) {
            text.append('0');
        }
        text.append(fraction);
    }

    /** The smallest whole number of seconds not shorter than {@code millis}, at least 1. */
    static int ceilSeconds(long millis) {
        return (int) Math.max(1, (millis + 999) / 1000);
    }
}
