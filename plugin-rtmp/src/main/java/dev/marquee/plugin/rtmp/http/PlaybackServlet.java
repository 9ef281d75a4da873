package dev.marquee.plugin.rtmp.http;

import dev.marquee.plugin.rtmp.RtmpConfig;
import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.metrics.PlayerProtocol;
import dev.marquee.plugin.rtmp.metrics.RtmpMetrics;
import dev.marquee.plugin.rtmp.playback.PlaybackSigner;
import dev.marquee.plugin.rtmp.playback.PlaybackUrls;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Plays rtmp stages over HTTP: {@code /media/rtmp/{stage}/{token}/live.flv} (HTTP-FLV) and
 * {@code .../index.m3u8} with its segments (HLS). The token in the path must be a valid, unexpired
 * one for that stage ({@link PlaybackSigner}); anything else is refused with 403 before any stream is
 * looked at.
 */
@WebServlet(urlPatterns = PlaybackUrls.PATH + "/*", asyncSupported = true)
public class PlaybackServlet extends HttpServlet {

    @Inject
    PlaybackSigner signer;

    @Inject
    StreamHub hub;

    @Inject
    FlvWriters writers;

    @Inject
    RtmpConfig config;

    @Inject
    HlsPlayback hls;

    @Inject
    RtmpMetrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PlaybackPath> path = PlaybackPath.parse(request.getPathInfo());
        if (path.isEmpty()) {
            Errors.send(response, 404, "not_found", "No such playback address");
            return;
        }
        PlaybackPath p = path.get();
        if (!signer.valid(p.stageId(), p.token(), Instant.now())) {
            Errors.send(response, 403, "forbidden", "This playback address is not signed or has expired: "
                    + "ask GET /api/v1/stages/" + p.stageId() + "/playback for a new one");
            return;
        }
        if (PlaybackUrls.FLV.equals(p.file())) {
            flv(p.stageId(), request, response);
        } else {
            hls.serve(p.stageId(), p.file(), request, response);
        }
    }

    private void flv(long stageId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LiveStream> stream = hub.streams().find(stageId);
        if (stream.isEmpty()) {
            Errors.send(response, 404, "not_live", "Stage " + stageId + " is not on air");
            return;
        }
        if (!hub.viewerJoined(stageId)) {
            Errors.send(response, 503, "full", "Stage " + stageId + " has as many viewers as it takes");
            return;
        }
        metrics.playerJoined(PlayerProtocol.HTTP_FLV);
        response.setContentType("video/x-flv");
        response.setHeader("Cache-Control", "no-store");
        AsyncContext context = request.startAsync();
        context.setTimeout(0);
        FlvViewer viewer = new FlvViewer(stream.get(), context, writers, config.viewerQueueBytes(), metrics, () -> {
            hub.viewerLeft(stageId);
            metrics.playerLeft(PlayerProtocol.HTTP_FLV);
        });
        context.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                viewer.close();
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                viewer.close();
            }

            @Override
            public void onError(AsyncEvent event) {
                viewer.close();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // nothing to do
            }
        });
        response.getOutputStream().setWriteListener(viewer);
        viewer.start();
    }
}
