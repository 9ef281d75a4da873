package dev.marquee.plugin.rtmp.http;

import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.hls.HlsSegmenter;
import dev.marquee.plugin.rtmp.llhls.MultivariantPlaylistWriter;
import dev.marquee.plugin.rtmp.playback.PlaybackUrls;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HLS from memory: the live playlist and its segments. A player that asks for the playlist of a
 * stream that has just started (no segment finished yet) is answered as soon as the first segment
 * is ready, within {@value #FIRST_SEGMENT_WAIT_MILLIS} ms, without holding a request thread. A transcoded
 * rendition's playlist and segments are served the same way from the rendition's own segmenter.
 */
@ApplicationScoped
public class HlsPlayback {

    private static final Logger LOG = Logger.getLogger(HlsPlayback.class.getName());
    static final long FIRST_SEGMENT_WAIT_MILLIS = 10_000;
    private static final long POLL_MILLIS = 100;

    @Inject
    StreamHub hub;

    private ScheduledExecutorService waiter;

    @PostConstruct
    void start() {
        waiter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "marquee-hls-waiter");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        waiter.shutdownNow();
    }

    /** The source's segmenter ({@code rendition} null) or a rendition's. */
    private Optional<HlsSegmenter> segmenter(long stageId, String rendition) {
        return rendition == null ? hub.hls(stageId)
                : hub.renditions().find(stageId, rendition).map(o -> o.outputs().hls());
    }

    private boolean live(long stageId, String rendition) {
        return rendition == null ? hub.streams().isLive(stageId)
                : hub.renditions().find(stageId, rendition).filter(o -> o.live()).isPresent();
    }

    void serve(long stageId, String rendition, String file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<HlsSegmenter> segmenter = segmenter(stageId, rendition);
        if (segmenter.isEmpty()) {
            Errors.send(response, 404, "not_live", "Stage " + stageId + " is not on air");
            return;
        }
        if (PlaybackUrls.PLAYLIST.equals(file)) {
            Optional<String> playlist = segmenter.get().playlist();
            if (playlist.isPresent()) {
                sendPlaylist(response, playlist.get());
            } else {
                awaitPlaylist(stageId, rendition, HeldRequest.hold(request, FIRST_SEGMENT_WAIT_MILLIS + 5_000));
            }
            return;
        }
        long sequence = Long.parseLong(file.substring("seg-".length(), file.length() - ".ts".length()));
        Optional<byte[]> segment = segmenter.get().segment(sequence);
        if (segment.isEmpty()) {
            Errors.send(response, 404, "not_found", "Segment " + sequence + " is no longer (or not yet) available");
            return;
        }
        response.setContentType("video/mp2t");
        response.setHeader("Cache-Control", "private, max-age=60");
        response.setContentLength(segment.get().length);
        response.getOutputStream().write(segment.get());
    }

    private void awaitPlaylist(long stageId, String rendition, HeldRequest held) {
        long deadline = System.currentTimeMillis() + FIRST_SEGMENT_WAIT_MILLIS;
        waiter.schedule(() -> check(stageId, rendition, held, deadline), POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void check(long stageId, String rendition, HeldRequest held, long deadline) {
        if (held.finished()) {
            return;
        }
        Optional<String> playlist = segmenter(stageId, rendition).flatMap(HlsSegmenter::playlist);
        boolean late = System.currentTimeMillis() > deadline || !live(stageId, rendition);
        if (playlist.isEmpty() && !late) {
            waiter.schedule(() -> check(stageId, rendition, held, deadline), POLL_MILLIS, TimeUnit.MILLISECONDS);
            return;
        }
        held.answer(response -> {
            if (playlist.isPresent()) {
                sendPlaylist(response, playlist.get());
            } else {
                Errors.send(response, 404, "not_ready", "Stage " + stageId + " has no HLS segment yet");
            }
        });
    }

    /** {@value PlaybackPath#VARIANTS}: the source's media playlist and each rendition's on air. */
    void variants(long stageId, HttpServletResponse response) throws IOException {
        if (hub.hls(stageId).isEmpty()) {
            Errors.send(response, 404, "not_live", "Stage " + stageId + " is not on air");
            return;
        }
        sendPlaylist(response, MultivariantPlaylistWriter.render(Variants.hls(hub, stageId), 3));
    }

    private static void sendPlaylist(HttpServletResponse response, String playlist) throws IOException {
        byte[] bytes = playlist.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/vnd.apple.mpegurl");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
