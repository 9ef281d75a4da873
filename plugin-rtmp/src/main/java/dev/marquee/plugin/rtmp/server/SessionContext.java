package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.RtmpConfig;
import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.cluster.ClusterStreams;
import dev.marquee.plugin.rtmp.key.StreamKeys;
import dev.marquee.plugin.rtmp.metrics.RtmpMetrics;
import dev.marquee.plugin.rtmp.playback.PlaybackSigner;
import dev.marquee.plugin.rtmp.playback.PlaybackViewings;

import java.util.concurrent.Executor;

/**
 * What every RTMP session needs from the application: the configuration and the connection limits
 * read from it, the live streams, the stream keys, the playback signer, the metrics, the cluster
 * (origins and edges), an executor for blocking work (database and grid look-ups) off the event loop, and
 * the viewings players open in core's ledger.
 */
record SessionContext(RtmpConfig config, ConnectionLimits limits, StreamHub hub, StreamKeys keys, PlaybackSigner signer,
                      RtmpMetrics metrics, ClusterStreams cluster, Executor blocking, PlaybackViewings viewings) {
}
