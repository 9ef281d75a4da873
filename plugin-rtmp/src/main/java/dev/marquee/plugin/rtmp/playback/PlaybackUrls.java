package dev.marquee.plugin.rtmp.playback;

import dev.marquee.plugin.rtmp.RtmpConfig;
import dev.marquee.plugin.rtmp.llhls.LlHlsNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * The playback addresses of a stage, each carrying a signed token:
 * {@code /media/rtmp/{stage}/{token}/live.flv}, {@code .../index.m3u8} and {@code .../ll.m3u8} (relative to the site, so a
 * page plays from whichever host it was loaded from), and {@code rtmp://HOST:PORT/live/stage-{id}?token=...};
 * each tied to the viewer's sign-in session, if they have one.
 */
@ApplicationScoped
public class PlaybackUrls {

    public static final String PATH = "/media/rtmp";
    public static final String FLV = "live.flv";
    public static final String PLAYLIST = "index.m3u8";
    public static final String VARIANTS = "variants.m3u8";
    public static final String RTMP_NAME_PREFIX = "stage-";

    @Inject
    PlaybackSigner signer;

    @Inject
    RtmpConfig config;

    public String flv(long stageId, Long sessionId, Instant expires) {
        return base(stageId, sessionId, expires) + FLV;
    }

    /** A transcoded rendition over HTTP-FLV, under the same token rules as the source. */
    public String flv(long stageId, String rendition, Long sessionId, Instant expires) {
        return base(stageId, sessionId, expires) + rendition + "/" + FLV;
    }

    /** The HLS multivariant playlist: the source's media playlist and each rendition's. */
    public String hlsVariants(long stageId, Long sessionId, Instant expires) {
        return base(stageId, sessionId, expires) + VARIANTS;
    }

    public String hls(long stageId, Long sessionId, Instant expires) {
        return base(stageId, sessionId, expires) + PLAYLIST;
    }

    /** The LL-HLS multivariant playlist. */
    public String llhls(long stageId, Long sessionId, Instant expires) {
        return base(stageId, sessionId, expires) + LlHlsNames.MULTIVARIANT;
    }

    public String rtmp(long stageId, Long sessionId, Instant expires) {
        return config.playUrlBase() + "/" + RTMP_NAME_PREFIX + stageId + "?token=" + signer.token(stageId, sessionId, expires);
    }

    private String base(long stageId, Long sessionId, Instant expires) {
        return PATH + "/" + stageId + "/" + signer.token(stageId, sessionId, expires) + "/";
    }
}
