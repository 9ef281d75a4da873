package dev.marquee.plugin.rtmp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The RTMP plugin's configuration (docs/operations.md), read once. */
@ApplicationScoped
public class RtmpConfig {

    @Inject
    @ConfigProperty(name = "marquee.rtmp.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.port", defaultValue = "1935")
    int port;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.bind-address", defaultValue = "0.0.0.0")
    String bindAddress;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.ingest-url")
    Optional<String> ingestUrl;

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.playback-ttl", defaultValue = "PT6H")
    Duration playbackTtl;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.max-connections", defaultValue = "2000")
    int maxConnections;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.max-pending-connections", defaultValue = "200")
    int maxPendingConnections;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.max-connections-per-address", defaultValue = "20")
    int maxConnectionsPerAddress;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.start-timeout", defaultValue = "PT10S")
    Duration startTimeout;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.publish-idle-timeout", defaultValue = "PT30S")
    Duration publishIdleTimeout;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.max-chunk-size", defaultValue = "65536")
    int maxChunkSize;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.max-unfinished-bytes", defaultValue = "65536")
    int maxUnfinishedBytes;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.max-unfinished-bytes-publishing", defaultValue = "10485760")
    int maxUnfinishedBytesPublishing;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.max-viewers-per-stage", defaultValue = "5000")
    int maxViewersPerStage;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.gop-cache-bytes", defaultValue = "16777216")
    long gopCacheBytes;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.viewer-queue-bytes", defaultValue = "2097152")
    long viewerQueueBytes;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.hls.segment-duration", defaultValue = "PT2S")
    Duration hlsSegmentDuration;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.hls.window", defaultValue = "6")
    int hlsWindow;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.llhls.enabled", defaultValue = "true")
    boolean llhlsEnabled;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.llhls.part-target", defaultValue = "PT0.25S")
    Duration llhlsPartTarget;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.llhls.segment-target", defaultValue = "PT2S")
    Duration llhlsSegmentTarget;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.llhls.window", defaultValue = "6")
    int llhlsWindow;

    @Inject
    @ConfigProperty(name = "marquee.cluster.internal-url")
    Optional<String> internalUrl;

    public boolean enabled() {
        return enabled;
    }

    public int port() {
        return port;
    }

    public String bindAddress() {
        return bindAddress;
    }

    /** What OBS calls the server: {@code rtmp://HOST:PORT/live}, HOST taken from the public URL. */
    public String ingestUrl() {
        return ingestUrl.map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> "rtmp://" + URI.create(publicUrl).getHost() + ":" + port + "/live");
    }

    /** The base of RTMP playback addresses (the same server as ingest, application {@code live}). */
    public String playUrlBase() {
        return ingestUrl();
    }

    public Duration playbackTtl() {
        return playbackTtl;
    }

    public int maxConnections() {
        return maxConnections;
    }

    /** Connections that may be open without publishing or playing yet (a share of {@link #maxConnections()}). */
    public int maxPendingConnections() {
        return maxPendingConnections;
    }

    /** Connections one IPv4 address, or one IPv6 /64, may have open. */
    public int maxConnectionsPerAddress() {
        return maxConnectionsPerAddress;
    }

    /** From accept to the publish or play command: handshake, connect and createStream included. */
    public Duration startTimeout() {
        return startTimeout;
    }

    /** How long a publisher may send nothing before it is cut off. */
    public Duration publishIdleTimeout() {
        return publishIdleTimeout;
    }

    /** The largest Set Chunk Size a peer may send. */
    public int maxChunkSize() {
        return maxChunkSize;
    }

    /** Bytes of unfinished messages a connection may have before it publishes (commands are small). */
    public int maxUnfinishedBytes() {
        return maxUnfinishedBytes;
    }

    /** Bytes of unfinished messages a publisher may have (a keyframe with audio interleaved). */
    public int maxUnfinishedBytesPublishing() {
        return maxUnfinishedBytesPublishing;
    }

    public int maxViewersPerStage() {
        return maxViewersPerStage;
    }

    public long gopCacheBytes() {
        return gopCacheBytes;
    }

    public long viewerQueueBytes() {
        return viewerQueueBytes;
    }

    public Duration hlsSegmentDuration() {
        return hlsSegmentDuration;
    }

    public int hlsWindow() {
        return hlsWindow;
    }

    /** Whether streams are also packaged as LL-HLS (CMAF parts) and offered as an {@code ll-hls} source. */
    public boolean llhlsEnabled() {
        return llhlsEnabled;
    }

    /** LL-HLS part target (PART-TARGET): parts are at most this long. */
    public Duration llhlsPartTarget() {
        return llhlsPartTarget;
    }

    /** LL-HLS segment target: segments end at the first keyframe after each multiple of it. */
    public Duration llhlsSegmentTarget() {
        return llhlsSegmentTarget;
    }

    /** Finished LL-HLS segments the playlist lists (at least three target durations' worth). */
    public int llhlsWindow() {
        return llhlsWindow;
    }

    /**
     * This instance's HTTP base address as the other instances reach it ({@code marquee.cluster.internal-url},
     * e.g. {@code http://10.0.0.11:8080}); empty to derive it from the grid member's host and the HTTP port.
     */
    public Optional<String> internalUrl() {
        return internalUrl;
    }
}
