package dev.marquee.plugin.rtmp.llhls;

import dev.marquee.plugin.rtmp.cmaf.CmafInit;

import java.util.List;

/**
 * The multivariant playlists players are given (RFC 8216bis 4.4.6.2): one variant per media playlist, the
 * source first and then the stage's transcoded renditions (highest first), each with its codecs when known (so
 * a player can tell whether it decodes them before loading anything), its peak bandwidth and its resolution.
 * Players that adapt pick among them by bandwidth; a player that does not plays the first, the source.
 */
public final class MultivariantPlaylistWriter {

    /** One media playlist: its address relative to the multivariant playlist and what a player is told of it. */
    public record Variant(String uri, long bandwidth, String codecs, int width, int height) {

        /** The variant of an LL-HLS media playlist, its numbers read from what is packaged. */
        public static Variant of(String uri, LlHlsSnapshot snapshot) {
            CmafInit init = snapshot.init();
            return new Variant(uri, snapshot.bandwidth(), init.codecs(), init.width(), init.height());
        }
    }

    private MultivariantPlaylistWriter() {
    }

    /** The LL-HLS multivariant playlist of the source alone. */
    public static String render(LlHlsSnapshot snapshot) {
        return render(List.of(Variant.of(LlHlsNames.MEDIA, snapshot)), 6);
    }

    /** A multivariant playlist of the given variants, in that order, at the given EXT-X-VERSION. */
    public static String render(List<Variant> variants, int version) {
        StringBuilder text = new StringBuilder(100 + 150 * variants.size());
        text.append("#EXTM3U\n#EXT-X-VERSION:").append(version).append('\n');
        if (variants.size() > 1) {
            text.append("#EXT-X-INDEPENDENT-SEGMENTS\n");
        }
        for (Variant v : variants) {
            text.append("#EXT-X-STREAM-INF:BANDWIDTH=").append(Math.max(1, v.bandwidth()));
            if (v.codecs() != null && !v.codecs().isEmpty()) {
                text.append(",CODECS=\"").append(v.codecs()).append('"');
            }
            if (v.width() > 0 && v.height() > 0) {
                text.append(",RESOLUTION=").append(v.width()).append('x').append(v.height());
            }
            text.append('\n').append(v.uri()).append('\n');
        }
        return text.toString();
    }
}
