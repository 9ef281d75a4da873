package dev.marquee.plugin.rtmp.http;

import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.abr.Renditions;
import dev.marquee.plugin.rtmp.llhls.LlHlsNames;
import dev.marquee.plugin.rtmp.llhls.LlHlsSnapshot;
import dev.marquee.plugin.rtmp.llhls.LlHlsWindow;
import dev.marquee.plugin.rtmp.llhls.MultivariantPlaylistWriter.Variant;
import dev.marquee.plugin.rtmp.media.StreamStats;
import dev.marquee.plugin.rtmp.playback.PlaybackUrls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The variants of a stage's multivariant playlists: the source, then each rendition on air whose output has
 * started (a rendition with nothing packaged yet is left out until it has). Codecs, resolution and bandwidth
 * come from the LL-HLS packaging when it is on; for HLS without it, from the stream's metadata and measured
 * bitrate (the source) or the rendition's declared bitrates.
 */
final class Variants {

    private Variants() {
    }

    static List<Variant> llhls(StreamHub hub, long stageId, LlHlsSnapshot source) {
        List<Variant> variants = new ArrayList<>();
        variants.add(Variant.of(LlHlsNames.MEDIA, source));
        for (Renditions.Output o : hub.renditions().live(stageId)) {
            LlHlsSnapshot snapshot = Optional.ofNullable(o.outputs().llhls()).map(LlHlsWindow::snapshot).orElse(null);
            if (snapshot != null) {
                variants.add(Variant.of(o.rendition().name() + "/" + LlHlsNames.MEDIA, snapshot));
            }
        }
        return variants;
    }

    static List<Variant> hls(StreamHub hub, long stageId) {
        List<Variant> variants = new ArrayList<>();
        Optional<LlHlsSnapshot> sourcePackaged = hub.llhls(stageId).map(LlHlsWindow::snapshot);
        if (sourcePackaged.isPresent()) {
            variants.add(Variant.of(PlaybackUrls.PLAYLIST, sourcePackaged.get()));
        } else {
            StreamStats s = hub.streams().find(stageId).map(st -> st.stats(Instant.now())).orElse(null);
            variants.add(new Variant(PlaybackUrls.PLAYLIST, s == null ? 1 : Math.round(s.bitsPerSecond() * 1.1),
                    null, s == null ? 0 : s.width(), s == null ? 0 : s.height()));
        }
        for (Renditions.Output o : hub.renditions().live(stageId)) {
            if (o.outputs().hls().playlist().isEmpty()) {
                continue;
            }
            String uri = o.rendition().name() + "/" + PlaybackUrls.PLAYLIST;
            LlHlsSnapshot snapshot = Optional.ofNullable(o.outputs().llhls()).map(LlHlsWindow::snapshot).orElse(null);
            if (snapshot != null) {
                variants.add(Variant.of(uri, snapshot));
            } else {
                StreamStats s = o.stream().stats(Instant.now());
                variants.add(new Variant(uri, o.rendition().bandwidth(), null, s.width(), s.height()));
            }
        }
        return variants;
    }
}
