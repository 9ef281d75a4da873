package dev.marquee.platform.interfaces.media;

import dev.marquee.platform.application.recording.RecordingStores;
import dev.marquee.platform.application.recording.ReplayCache;
import dev.marquee.platform.application.recording.Replay;
import dev.marquee.platform.application.recording.ReplayId;
import dev.marquee.platform.application.recording.ReplayPiece;
import dev.marquee.platform.application.recording.ReplayPlaylist;
import dev.marquee.platform.application.recording.ReplayService;
import dev.marquee.platform.application.recording.ReplaySigner;
import dev.marquee.platform.domain.model.recording.SegmentEntry;
import dev.marquee.platform.spi.recording.RecordingStore;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves replays: {@code /media/replay/{replay}/{token}/index.m3u8} (the VOD playlist), and relative to it
 * {@code {recording}/init-{v}.mp4} and {@code {recording}/{sequence}.m4s}, streamed from the recording's
 * store. The token must be valid for the replay, and a segment must be one of the replay's: a token for
 * one session's replay opens nothing else of the stage's recordings.
 */
@WebServlet(urlPatterns = ReplayService.PATH + "/*")
public class ReplayServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ReplayServlet.class.getName());
    private static final Pattern PATH = Pattern.compile(
            "/([sr][0-9]{1,18})/([0-9A-Za-z._-]{1,100})/(?:(index\\.m3u8)|([0-9]{1,18})/(?:init-([0-9]{1,6})\\.mp4|([0-9]{1,18})\\.m4s))");

    @Inject
    ReplayService replays;

    @Inject
    ReplaySigner signer;

    @Inject
    ReplayCache cache;

    @Inject
    RecordingStores stores;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : PATH.matcher(path);
        if (m == null || !m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReplayId id = ReplayId.parse(m.group(1)).orElse(null);
        if (id == null || !signer.valid(id, m.group(2), Instant.now())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "This replay address is not valid (any more): reload the page");
            return;
        }
        Optional<Replay> replay = cache.find(id);
        if (replay.isEmpty()) {
            replay = replays.forServing(id);
        }
        if (replay.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (m.group(3) != null) {
            playlist(replay.get(), response);
            return;
        }
        long recordingId = Long.parseLong(m.group(4));
        ReplayPiece piece = replay.get().pieces().stream().filter(p -> p.recordingId() == recordingId).findFirst().orElse(null);
        if (piece == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (m.group(5) != null) {
            send(piece, recordingId + "/init-" + m.group(5) + ".mp4", "video/mp4", -1, response);
            return;
        }
        SegmentEntry segment = piece.segment(Long.parseLong(m.group(6)));
        if (segment == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(piece, recordingId + "/" + segment.sequence() + ".m4s", "video/iso.segment", segment.sizeBytes(), response);
    }

    private static void playlist(Replay replay, HttpServletResponse response) throws IOException {
        byte[] body = ReplayPlaylist.write(replay.pieces()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/vnd.apple.mpegurl");
        response.setHeader("Cache-Control", "private, max-age=5");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void send(ReplayPiece piece, String key, String type, long size, HttpServletResponse response)
            throws IOException {
        RecordingStore store = stores.byId(piece.store()).orElse(null);
        if (store == null) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The recording's store is not installed");
            return;
        }
        try (InputStream in = store.read(key)) {
            response.setContentType(type);
            response.setHeader("Cache-Control", "private, max-age=86400, immutable");
            if (size >= 0) {
                response.setContentLengthLong(size);
            }
            in.transferTo(response.getOutputStream());
        } catch (NoSuchFileException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (IOException e) {
            if (response.isCommitted()) {
                throw e; // the viewer went away, or the store failed mid-object
            }
            LOG.log(Level.WARNING, "Could not read " + key + " from the recording store " + piece.store(), e);
            response.sendError(HttpServletResponse.SC_BAD_GATEWAY, "The recording store did not answer");
        }
    }
}
