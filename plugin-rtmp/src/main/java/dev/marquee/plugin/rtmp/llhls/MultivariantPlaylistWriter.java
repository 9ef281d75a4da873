package dev.marquee.plugin.rtmp.llhls;

import dev.marquee.plugin.rtmp.cmaf.CmafInit;

/**
 * The multivariant playlist players are given (RFC 8216bis 4.4.6.2): one variant, the media playlist,
 * with its codecs (so a player can tell whether it decodes them before loading anything), its peak
 * bandwidth and its resolution. One rendition only: Marquee does not transcode, so there are no
 * rendition reports to give.
 */
public final class MultivariantPlaylistWriter {

    private MultivariantPlaylistWriter() {
    }

    public static String render(LlHlsSnapshot snapshot) {
        CmafInit init = snapshot.init();
        StringBuilder text = new StringBuilder(200);
        text.append("#EXTM3U\n#EXT-X-VERSION:6\n");
        text.append("#EXT-X-STREAM-INF:BANDWIDTH=").append(snapshot.bandwidth());
        text.append(",CODECS=\"").append(init.codecs()).append('"');
        if (init.width() > 0 && init.height() > 0) {
            text.append(",RESOLUTION=").append(init.width()).append('x').append(init.height());
        }
        text.append('\n').append(LlHlsNames.MEDIA).append('\n');
        return text.toString();
    }
}
