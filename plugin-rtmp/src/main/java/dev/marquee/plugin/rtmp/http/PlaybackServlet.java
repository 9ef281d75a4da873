package dev.marquee.plugin.rtmp.http;

import dev.marquee.platform.spi.audience.Admission;
import dev.marquee.platform.spi.audience.Viewing;
import dev.marquee.platform.spi.auth.SessionGuard;
import dev.marquee.plugin.rtmp.RtmpConfig;
import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.cluster.ClusterStreams;
import dev.marquee.plugin.rtmp.cluster.EdgePuller;
import dev.marquee.plugin.rtmp.cluster.RelayCredentials;
import dev.marquee.plugin.rtmp.llhls.LlHlsNames;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.metrics.PlayerProtocol;
import dev.marquee.plugin.rtmp.metrics.RtmpMetrics;
import dev.marquee.plugin.rtmp.playback.HttpViewings;
import dev.marquee.plugin.rtmp.playback.PlaybackSigner;
import dev.marquee.plugin.rtmp.playback.PlaybackViewings;
import dev.marquee.plugin.rtmp.playback.PlaybackUrls;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Plays rtmp stages over HTTP: {@code /media/rtmp/{stage}/{token}/live.flv} (HTTP-FLV),
 * {@code .../index.m3u8} with its segments (HLS) and {@code .../ll.m3u8} with its media playlist, init
 * segments, segments and parts (LL-HLS, {@link LlHlsPlayback}); {@code .../variants.m3u8} lists the HLS source
 * and renditions, and {@code /media/rtmp/{stage}/{token}/{rendition}/...} plays a transcoded rendition over
 * HTTP-FLV, HLS or LL-HLS under the same token ({@link PlaybackPath}). The token in the path must be a valid, unexpired
 * one for that stage ({@link PlaybackSigner}); anything else is refused with 403 before any stream is
 * looked at. A stage live on another instance is pulled here first (an edge, {@link ClusterStreams#demand}):
 * the request waits for it without holding a thread, then runs again. Another instance's pull (header
 * {@value EdgePuller#EDGE_HEADER} with a valid {@link RelayCredentials} credential; any other value is
 * refused) is served only from a stream published here, and is not counted as a viewer. A viewer's
 * HTTP-FLV response ends when the sign-in session its address is tied to ends. An HLS or LL-HLS request
 * counts its address as a viewer for a few seconds ({@link StreamHub#httpViewerSeen}).
 *
 * <p>Each viewer's playback is a viewing in core's ledger ({@link PlaybackViewings}): an HTTP-FLV response
 * for as long as it lasts, an HLS or LL-HLS address for a run of requests. One past the person's
 * concurrent-stream limit is refused here, where the video flows, with 429 {@code too_many_streams}; an
 * address whose stream the person ended from another device gets 410 {@code stream_ended}.
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
    LlHlsPlayback llhls;

    @Inject
    RtmpMetrics metrics;

    @Inject
    ClusterStreams cluster;

    @Inject
    RelayCredentials relays;

    @Inject
    PlaybackViewings viewings;

    private static final String WAITED = PlaybackServlet.class.getName() + ".waited";

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
        String relayCredential = request.getHeader(EdgePuller.EDGE_HEADER);
        boolean relay = relayCredential != null;
        if (relay && !relays.valid(p.stageId(), relayCredential, Instant.now())) {
            Errors.send(response, 403, "forbidden", "Only Marquee's own instances relay streams");
            return;
        }
        if (!relay && viewings.ended(p.stageId(), p.token())) {
            Errors.send(response, 410, "stream_ended", "This stream was ended from another device: ask GET "
                    + "/api/v1/stages/" + p.stageId() + "/playback for a new address");
            return;
        }
        if (relay && p.rendition() != null) {
            Errors.send(response, 404, "not_found", "Instances relay the source only");
            return;
        }
        boolean startsPlaying = PlaybackUrls.FLV.equals(p.file()) || PlaybackUrls.PLAYLIST.equals(p.file())
                || PlaybackPath.VARIANTS.equals(p.file()) || LlHlsNames.MULTIVARIANT.equals(p.file()) || LlHlsNames.MEDIA.equals(p.file());
        if (!relay && startsPlaying && request.getAttribute(WAITED) == null && !hub.streams().isLive(p.stageId())) {
            CompletableFuture<Boolean> ready = cluster.demand(p.stageId());
            if (!ready.isDone()) {
                request.setAttribute(WAITED, Boolean.TRUE);
                HeldRequest waiting = HeldRequest.hold(request, ClusterStreams.EDGE_START_WAIT.toMillis() + 5_000);
                ready.whenComplete((ok, e) -> waiting.dispatch());
                return;
            }
        }
        if (!relay) {
            cluster.touch(p.stageId());
        }
        if (PlaybackUrls.FLV.equals(p.file())) {
            flv(p.stageId(), p.rendition(), p.token(), relay, request, response);
            return;
        }
        boolean lowLatency = p.file().startsWith("ll") || p.file().endsWith(".m4s") || p.file().endsWith(".mp4");
        HttpServletResponse served = response;
        if (!relay && hub.streams().isLive(p.stageId())) {
            HttpViewings.Outcome outcome = viewings.request(p.stageId(), p.token(), lowLatency ? "ll-hls" : "hls",
                    request.getHeader("User-Agent"));
            if (outcome.refused() != null) {
                Errors.tooManyStreams(response, outcome.refused().refusal());
                return;
            }
            if (outcome.viewing() != null) {
                served = new CountingResponse(response, outcome.viewing()::bytes);
            }
            hub.httpViewerSeen(p.stageId(), p.token());
        }
        if (PlaybackPath.VARIANTS.equals(p.file())) {
            hls.variants(p.stageId(), served);
        } else if (lowLatency) {
            llhls.serve(p.stageId(), p.rendition(), p.file(), request, served);
        } else {
            hls.serve(p.stageId(), p.rendition(), p.file(), request, served);
        }
    }

    private void flv(long stageId, String rendition, String token, boolean relay, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Optional<LiveStream> stream = rendition == null ? hub.streams().find(stageId)
                : hub.renditions().find(stageId, rendition).filter(o -> o.live()).map(o -> o.stream());
        if (relay) {
            stream = stream.filter(s -> !s.publisher().relayed());
        }
        if (stream.isEmpty()) {
            Errors.send(response, 404, "not_live", rendition == null ? "Stage " + stageId + " is not on air"
                    : "Rendition " + rendition + " of stage " + stageId + " is not on air");
            return;
        }
        FlvViewer[] playing = new FlvViewer[1];
        Viewing viewing = null;
        if (!relay) {
            Admission admission = viewings.connection(stageId, token, "http-flv", request.getHeader("User-Agent"), () -> {
                FlvViewer v = playing[0];
                if (v != null) {
                    writers.run(v::close);
                }
            });
            if (!admission.admitted()) {
                Errors.tooManyStreams(response, admission.refusal());
                return;
            }
            viewing = admission.viewing();
        }
        if (!relay && !hub.viewerJoined(stageId)) {
            viewing.close();
            Errors.send(response, 503, "full", "Stage " + stageId + " has as many viewers as it takes");
            return;
        }
        Viewing counted = viewing;
        if (!relay) {
            metrics.playerJoined(PlayerProtocol.HTTP_FLV);
        }
        response.setContentType("video/x-flv");
        response.setHeader("Cache-Control", "no-store");
        HeldRequest held = HeldRequest.hold(request, 0);
        FlvViewer viewer = new FlvViewer(stream.get(), held, writers, config.viewerQueueBytes(), metrics,
                counted == null ? n -> { } : counted::bytes, () -> {
            if (counted != null) {
                counted.close();
                hub.viewerLeft(stageId);
                metrics.playerLeft(PlayerProtocol.HTTP_FLV);
            }
        });
        playing[0] = viewer;
        SessionGuard.Watch session = signer.onSessionEnd(stageId, token, () -> writers.run(viewer::close));
        held.context().addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                session.close();
                viewer.close();
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                session.close();
                viewer.close();
            }

            @Override
            public void onError(AsyncEvent event) {
                session.close();
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
