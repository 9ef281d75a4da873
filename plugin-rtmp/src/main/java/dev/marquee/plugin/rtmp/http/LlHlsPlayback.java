package dev.marquee.plugin.rtmp.http;

import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.cmaf.CmafPart;
import dev.marquee.plugin.rtmp.llhls.DeliveryDirectives;
import dev.marquee.plugin.rtmp.llhls.LlHlsNames;
import dev.marquee.plugin.rtmp.llhls.LlHlsSnapshot;
import dev.marquee.plugin.rtmp.llhls.LlHlsWindow;
import dev.marquee.plugin.rtmp.llhls.MultivariantPlaylistWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * LL-HLS from memory. A request that must wait (a blocking playlist reload for a part not there yet, the
 * preload-hinted part, the first playlist of a stream that has just started) holds no thread: it is
 * suspended ({@code startAsync}) and dispatched back to the servlet the moment the stream reaches the
 * state asked for, or when its wait is up, and then answered from what is there, its token checked again.
 *
 * <p>Answers: blocking requests asking for more than the stream could produce soon, or {@code _HLS_part}
 * without {@code _HLS_msn}, get 400; a blocking reload still unanswered after three target durations
 * gets 503; a part that will not come (its segment ended earlier) 404. Playlists are {@code no-cache}
 * (a blocking reload's answer, always at least as new as asked, may be kept for one target duration);
 * init segments, segments and parts never change under their address and are cacheable for a day. The
 * multivariant playlist lists the source's media playlist and each transcoded rendition's ({@link Variants});
 * a rendition's files are served the same way from its own window.
 */
@ApplicationScoped
public class LlHlsPlayback {

    static final long FIRST_PART_WAIT_MILLIS = 10_000;
    static final String IMMUTABLE = "public, max-age=86400, immutable";
    private static final String PLAYLIST_TYPE = "application/vnd.apple.mpegurl";
    private static final String WAITED = LlHlsPlayback.class.getName() + ".waited";

    @Inject
    StreamHub hub;

    void serve(long stageId, String rendition, String file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<LlHlsWindow> window = rendition == null ? hub.llhls(stageId)
                : hub.renditions().find(stageId, rendition).map(o -> o.outputs().llhls());
        if (window.isEmpty()) {
            Errors.send(response, 404, "not_live", "Stage " + stageId + " is not on air");
            return;
        }
        boolean waited = request.getAttribute(WAITED) != null;
        LlHlsSnapshot snapshot = window.get().snapshot();
        boolean playlist = LlHlsNames.MULTIVARIANT.equals(file) || LlHlsNames.MEDIA.equals(file);
        DeliveryDirectives directives;
        try {
            directives = LlHlsNames.MEDIA.equals(file)
                    ? DeliveryDirectives.parse(request.getParameter("_HLS_msn"), request.getParameter("_HLS_part"))
                    : DeliveryDirectives.parse(null, null);
        } catch (DeliveryDirectives.Invalid e) {
            Errors.send(response, 400, "bad_request", e.getMessage());
            return;
        }
        if (snapshot == null) {
            if (playlist && !waited) {
                await(window.get(), s -> true, FIRST_PART_WAIT_MILLIS, request);
            } else {
                Errors.send(response, 404, "not_ready", "Stage " + stageId + " has no LL-HLS part yet");
            }
            return;
        }
        if (LlHlsNames.MULTIVARIANT.equals(file)) {
            sendPlaylist(response, MultivariantPlaylistWriter.render(Variants.llhls(hub, stageId, snapshot), 6)
                    .getBytes(StandardCharsets.UTF_8), "no-cache");
        } else if (LlHlsNames.MEDIA.equals(file)) {
            mediaPlaylist(window.get(), snapshot, directives, waited, request, response);
        } else {
            media(window.get(), snapshot, file, waited, request, response);
        }
    }

    private void mediaPlaylist(LlHlsWindow window, LlHlsSnapshot snapshot, DeliveryDirectives directives,
            boolean waited, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!directives.blocking()) {
            sendPlaylist(response, snapshot.playlistBytes(), "no-cache");
            return;
        }
        long msn = directives.msn();
        int part = directives.part();
        if (!waited && snapshot.tooFar(msn, part)) {
            Errors.send(response, 400, "bad_request", "_HLS_msn/_HLS_part ask for more than the stream can produce soon");
            return;
        }
        if (snapshot.reached(msn, part)) {
            sendPlaylist(response, snapshot.playlistBytes(), "public, max-age=" + snapshot.settings().targetDurationSeconds());
        } else if (!waited) {
            await(window, s -> s.reached(msn, part), blockingWaitMillis(snapshot), request);
        } else {
            response.setHeader("Retry-After", "1");
            Errors.send(response, 503, "not_ready", "The stream did not reach the segment or part asked for in time");
        }
    }

    private void media(LlHlsWindow window, LlHlsSnapshot snapshot, String file, boolean waited,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LlHlsNames.MediaFile> name = LlHlsNames.parse(file).filter(f -> f.stream().equals(snapshot.stream()));
        if (name.isEmpty()) {
            Errors.send(response, 404, "not_found", "Not a file of the stream on air now");
            return;
        }
        LlHlsNames.MediaFile f = name.get();
        switch (f.kind()) {
            case INIT -> {
                Optional<byte[]> init = snapshot.init((int) f.number()).map(i -> i.bytes());
                sendMedia(response, init.map(List::of), "Init segment");
            }
            case SEGMENT -> sendMedia(response,
                    snapshot.segment(f.number()).map(s -> s.parts().stream().map(CmafPart::bytes).toList()), "Segment");
            case PART -> {
                Optional<CmafPart> part = snapshot.part(f.number(), f.part());
                if (part.isEmpty() && !waited && snapshot.mayProduce(f.number(), f.part())) {
                    long msn = f.number();
                    int index = f.part();
                    await(window, s -> s.part(msn, index).isPresent() || !s.mayProduce(msn, index),
                            blockingWaitMillis(snapshot), request);
                    return;
                }
                sendMedia(response, part.map(p -> List.of(p.bytes())), "Part");
            }
        }
    }

    /** Three target durations (RFC 8216bis 6.2.5.2). */
    private static long blockingWaitMillis(LlHlsSnapshot snapshot) {
        return 3_000L * snapshot.settings().targetDurationSeconds();
    }

    private static void await(LlHlsWindow window, Predicate<LlHlsSnapshot> ready, long timeoutMillis,
            HttpServletRequest request) {
        request.setAttribute(WAITED, Boolean.TRUE);
        // Dispatched back through the servlet, not answered from the waking thread: answering a request
        // from AsyncContext.start corrupted other requests under load (Catalina's Request recycled while
        // still in use: ClassCastException in Request.getHost, Weld "guard leak" warnings). A player that
        // left while waiting is not dispatched at all (HeldRequest).
        HeldRequest held = HeldRequest.hold(request, timeoutMillis + 5_000);
        window.await(ready, timeoutMillis, held::dispatch);
    }

    private static void sendPlaylist(HttpServletResponse response, byte[] bytes, String cacheControl) throws IOException {
        response.setContentType(PLAYLIST_TYPE);
        response.setHeader("Cache-Control", cacheControl);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void sendMedia(HttpServletResponse response, Optional<List<byte[]>> pieces, String what)
            throws IOException {
        if (pieces.isEmpty()) {
            Errors.send(response, 404, "not_found", what + " is no longer (or not yet) available");
            return;
        }
        long length = 0;
        for (byte[] piece : pieces.get()) {
            length += piece.length;
        }
        response.setContentType("video/mp4");
        response.setHeader("Cache-Control", IMMUTABLE);
        response.setContentLengthLong(length);
        ServletOutputStream out = response.getOutputStream();
        for (byte[] piece : pieces.get()) {
            out.write(piece);
        }
    }
}
