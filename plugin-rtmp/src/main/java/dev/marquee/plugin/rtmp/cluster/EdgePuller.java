package dev.marquee.plugin.rtmp.cluster;

import dev.marquee.plugin.rtmp.media.FlvDemuxer;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.LiveStreams;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.Publisher;
import dev.marquee.plugin.rtmp.protocol.amf.Amf0Reader;
import io.netty.buffer.Unpooled;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One edge stream: an HTTP GET of the origin's HTTP-FLV address, demuxed tag by tag into a local
 * {@link LiveStream} started as if a publisher were connected here, so local viewers (HTTP-FLV, HLS,
 * RTMP) get the GOP cache and everything else as usual. {@link #run()} blocks for the stream's life
 * on a thread of its own; the stream ends when the origin's response ends or breaks, and
 * {@link #disconnect} (the edge's viewers are gone, or the stage's key was rotated) aborts the pull.
 * Memory is bounded by the demuxer's tag limit and the HTTP client's flow control.
 */
public final class EdgePuller implements Publisher {

    /**
     * The request header that marks a pull, carrying a {@link RelayCredentials} credential: the origin
     * neither counts it as a viewer nor pulls for it, and refuses one whose credential is not valid.
     */
    public static final String EDGE_HEADER = "X-Marquee-Edge";

    private static final Logger LOG = Logger.getLogger(EdgePuller.class.getName());

    private final long stageId;
    private final URI source;
    private final String relayCredential;
    private final HttpClient client;
    private final LiveStreams streams;
    private final Duration connectWait;
    private final int maxTagBytes;
    private final CompletableFuture<Boolean> started = new CompletableFuture<>();
    private volatile CompletableFuture<HttpResponse<InputStream>> request;
    private volatile InputStream body;
    private volatile boolean cancelled;
    private volatile LiveStream stream;
    private volatile Thread runner;

    /**
     * @param source the origin's HTTP-FLV address of the stage, with a valid playback token
     * @param relayCredential this instance's credential for the pull, sent in {@value #EDGE_HEADER}
     * @param connectWait how long the origin may take to answer with headers
     */
    public EdgePuller(long stageId, URI source, String relayCredential, HttpClient client, LiveStreams streams,
                      Duration connectWait, int maxTagBytes) {
        this.stageId = stageId;
        this.source = source;
        this.relayCredential = relayCredential;
        this.client = client;
        this.streams = streams;
        this.connectWait = connectWait;
        this.maxTagBytes = maxTagBytes;
    }

    public long stageId() {
        return stageId;
    }

    /** Completes with true once the local stream has started, false when the pull failed before. */
    public CompletableFuture<Boolean> started() {
        return started;
    }

    /** The local stream while it runs. */
    public Optional<LiveStream> stream() {
        return Optional.ofNullable(stream);
    }

    /** Pulls until the origin's response ends, breaks, or the edge is cut off. Blocks. */
    public void run() {
        runner = Thread.currentThread();
        try {
            pull();
        } catch (FlvDemuxer.MalformedFlv e) {
            LOG.warning(() -> "The origin of stage " + stageId + " sent a broken FLV stream: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (!cancelled) {
                LOG.info(() -> "Pulling stage " + stageId + " from " + source.getAuthority() + " ended: " + e);
                LOG.log(Level.FINE, "The pull's end", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            runner = null;
            LiveStream s = stream;
            if (s != null) {
                streams.stop(s);
            }
            started.complete(false);
            closeBody();
        }
    }

    private void pull() throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(source).timeout(connectWait)
                .header(EDGE_HEADER, relayCredential).GET().build();
        request = client.sendAsync(get, HttpResponse.BodyHandlers.ofInputStream());
        if (cancelled) {
            request.cancel(true);
        }
        HttpResponse<InputStream> response;
        try {
            response = request.get(connectWait.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IOException("The origin did not answer: " + e.getCause(), e.getCause());
        } catch (TimeoutException | CancellationException e) {
            throw new IOException("The origin did not answer in time");
        }
        body = response.body();
        if (cancelled) {
            return;
        }
        if (response.statusCode() != 200) {
            LOG.info(() -> "The origin of stage " + stageId + " answered " + response.statusCode() + " to the edge");
            return;
        }
        FlvDemuxer demuxer = new FlvDemuxer(body, maxTagBytes);
        demuxer.readHeader();
        try {
            stream = streams.start(stageId, this);
        } catch (LiveStreams.AlreadyLive e) {
            return; // a publisher or another edge got here first
        }
        if (cancelled) {
            return;
        }
        started.complete(true);
        LOG.info(() -> "Relaying stage " + stageId + " from its origin " + source.getAuthority());
        Amf0Reader amf = new Amf0Reader();
        for (Optional<MediaPacket> next = demuxer.next(); next.isPresent() && !cancelled; next = demuxer.next()) {
            MediaPacket packet = next.get();
            if (packet.kind() == MediaPacket.Kind.DATA) {
                metadata(amf, packet);
            } else {
                stream.publish(packet);
            }
        }
    }

    private void metadata(Amf0Reader amf, MediaPacket packet) {
        List<Object> values;
        try {
            values = amf.readAll(Unpooled.wrappedBuffer(packet.body()));
        } catch (RuntimeException e) {
            LOG.fine(() -> "Skipping unreadable script data from the origin of stage " + stageId);
            return;
        }
        if (values.isEmpty() || !"onMetaData".equals(values.get(0))) {
            return;
        }
        for (Object value : values) {
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> metadata = (Map<String, Object>) map;
                stream.metadata(packet, metadata);
                return;
            }
        }
        stream.metadata(packet, Map.of());
    }

    @Override
    public String remote() {
        return "edge of " + source.getAuthority();
    }

    @Override
    public boolean relayed() {
        return true;
    }

    /** Aborts the pull; the stream ends on the pulling thread. Returns at once. */
    @Override
    public void disconnect(String reason) {
        if (cancelled) {
            return;
        }
        cancelled = true;
        LOG.info(() -> "Stopping the edge of stage " + stageId + ": " + reason);
        CompletableFuture<HttpResponse<InputStream>> r = request;
        if (r != null) {
            r.cancel(true);
        }
        closeBody();
        Thread t = runner;
        if (t != null) {
            t.interrupt(); // a read blocked on the closed response wakes up
        }
    }

    private void closeBody() {
        InputStream in = body;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Closing the origin's response", e);
            }
        }
    }
}
