package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.RtmpConfig;
import dev.marquee.plugin.rtmp.protocol.chunk.ChunkLimits;

import java.time.Duration;

/**
 * What the RTMP listener allows each connection and all of them (docs/rtmp.md, "Limits"), checked once
 * at start so a bad value stops the listener with a clear message instead of misbehaving later.
 *
 * @param maxConnections connections open at once
 * @param maxPending connections open at once that have not sent publish or play yet; the rest of
 *     {@code maxConnections} stays for publishers and players
 * @param maxPerAddress connections from one IPv4 address or one IPv6 /64
 * @param startTimeout from accept to publish or play (handshake, connect, createStream)
 * @param publishIdleTimeout how long a publisher may send nothing
 * @param maxChunkSize the largest Set Chunk Size a peer may send
 * @param maxMessageBytes the longest message
 * @param maxUnfinishedBytes bytes of unfinished messages before publishing (and for players)
 * @param maxUnfinishedBytesPublishing bytes of unfinished messages once a publish is accepted
 */
record ConnectionLimits(int maxConnections, int maxPending, int maxPerAddress, Duration startTimeout,
                        Duration publishIdleTimeout, int maxChunkSize, int maxMessageBytes, int maxUnfinishedBytes,
                        int maxUnfinishedBytesPublishing) {

    ConnectionLimits {
        positive("marquee.rtmp.max-connections", maxConnections);
        positive("marquee.rtmp.max-pending-connections", maxPending);
        positive("marquee.rtmp.max-connections-per-address", maxPerAddress);
        positive("marquee.rtmp.max-chunk-size", maxChunkSize);
        positive("marquee.rtmp.max-unfinished-bytes", maxUnfinishedBytes);
        if (startTimeout.isNegative() || startTimeout.isZero() || publishIdleTimeout.isNegative()
                || publishIdleTimeout.isZero()) {
            throw new IllegalArgumentException("marquee.rtmp.start-timeout and marquee.rtmp.publish-idle-timeout must "
                    + "be positive: " + startTimeout + ", " + publishIdleTimeout);
        }
        if (maxUnfinishedBytesPublishing < maxMessageBytes) {
            throw new IllegalArgumentException("marquee.rtmp.max-unfinished-bytes-publishing (" + maxUnfinishedBytesPublishing
                    + ") must hold the longest message (" + maxMessageBytes + " bytes)");
        }
        if (maxUnfinishedBytes > maxUnfinishedBytesPublishing) {
            throw new IllegalArgumentException("marquee.rtmp.max-unfinished-bytes (" + maxUnfinishedBytes
                    + ") is for commands and must not exceed marquee.rtmp.max-unfinished-bytes-publishing ("
                    + maxUnfinishedBytesPublishing + ")");
        }
    }

    static ConnectionLimits from(RtmpConfig config) {
        return new ConnectionLimits(config.maxConnections(), config.maxPendingConnections(),
                config.maxConnectionsPerAddress(), config.startTimeout(), config.publishIdleTimeout(),
                config.maxChunkSize(), ChunkLimits.DEFAULT_MAX_MESSAGE_SIZE, config.maxUnfinishedBytes(),
                config.maxUnfinishedBytesPublishing());
    }

    /** The chunk decoder's limits for a new connection (the smaller budget; publishing raises it). */
    ChunkLimits chunks() {
        return new ChunkLimits(maxMessageBytes, ChunkLimits.DEFAULT_MAX_CHUNK_STREAMS, maxChunkSize, maxUnfinishedBytes);
    }

    private static void positive(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be positive: " + value);
        }
    }
}
