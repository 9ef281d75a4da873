package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.abr.Renditions;
import dev.marquee.plugin.rtmp.cluster.OriginRegistry;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.LiveStreams;
import dev.marquee.plugin.rtmp.metrics.RtmpMetrics;
import dev.marquee.plugin.rtmp.protocol.message.NetStatus;
import dev.marquee.plugin.rtmp.protocol.message.ServerResponses;
import dev.marquee.plugin.rtmp.protocol.message.UserControl;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;

import java.net.InetSocketAddress;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A connection's publish: the stream key is looked up and the stage claimed on the data grid off the
 * event loop (reading pauses meanwhile), then the stage goes live, or the publisher hears
 * {@code NetStream.Publish.BadName} and is disconnected: unknown or rotated key, deleted stage, or a
 * stage that already has a publisher, on this instance or another. A stream this instance only relays
 * (an edge) gives way to a publisher connecting here.
 * A publisher silent for {@code marquee.rtmp.publish-idle-timeout} is cut off ({@link SessionTimeouts}).
 * Keys never reach a log.
 *
 * <p>A transcoder publishes a rendition under an internal key ({@link Renditions#KEY_PREFIX}): one issued for it
 * and not used yet, from a loopback address, feeds that rendition's internal stream instead of a stage. Any
 * other name, a made-up internal key included, is looked up as a stream key as usual (and refused).
 */
final class Publishing {

    private static final Logger LOG = Logger.getLogger(Publishing.class.getName());

    private final SessionContext context;
    private LiveStream stream;
    private boolean rendition;
    private boolean pending;

    Publishing(SessionContext context) {
        this.context = context;
    }

    LiveStream stream() {
        return stream;
    }

    boolean pending() {
        return pending;
    }

    void begin(ChannelHandlerContext ctx, int streamId, String name) {
        String key = StreamNames.streamKey(name);
        if (Renditions.internal(key) && beginRendition(ctx, streamId, key)) {
            return;
        }
        pending = true;
        ctx.channel().config().setAutoRead(false);
        context.blocking().execute(() -> {
            Optional<Long> stage;
            try {
                stage = context.keys().stageFor(key);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not look up a stream key", e);
                stage = Optional.empty();
            }
            OriginRegistry.Claim claim = OriginRegistry.Claim.UNKNOWN;
            if (stage.isPresent()) {
                try {
                    claim = context.cluster().claimOrigin(stage.get());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not claim stage " + stage.get() + " on the data grid", e);
                }
            }
            Optional<Long> found = stage;
            OriginRegistry.Claim claimed = claim;
            ctx.executor().execute(() -> keyChecked(ctx, streamId, found, claimed));
        });
    }

    /** Starts the rendition an issued internal key stands for, from a loopback peer; false for any other. */
    private boolean beginRendition(ChannelHandlerContext ctx, int streamId, String key) {
        boolean loopback = ctx.channel().remoteAddress() instanceof InetSocketAddress a
                && a.getAddress() != null && a.getAddress().isLoopbackAddress();
        Optional<LiveStream> started = loopback
                ? context.hub().renditions().start(key, new ChannelPublisher(ctx.channel())) : Optional.empty();
        if (started.isEmpty()) {
            return false;
        }
        stream = started.get();
        rendition = true;
        ctx.write(UserControl.streamBegin(streamId));
        ctx.writeAndFlush(ServerResponses.onStatus(streamId, NetStatus.PUBLISH_START, "Publishing a rendition"));
        return true;
    }

    private void stop() {
        if (rendition) {
            context.hub().renditions().stop(stream);
        } else {
            context.hub().streams().stop(stream);
        }
        stream = null;
        rendition = false;
    }

    private void keyChecked(ChannelHandlerContext ctx, int streamId, Optional<Long> stage, OriginRegistry.Claim claim) {
        pending = false;
        ctx.channel().config().setAutoRead(true);
        if (!ctx.channel().isActive()) {
            if (stage.isPresent() && claim == OriginRegistry.Claim.CLAIMED
                    && context.hub().streams().find(stage.get()).filter(s -> !s.publisher().relayed()).isEmpty()) {
                context.cluster().originStopped(stage.get()); // gone while its key was checked
            }
            return;
        }
        if (stage.isEmpty()) {
            context.metrics().publisherRefused(RtmpMetrics.Refusal.UNKNOWN_KEY);
            refuse(ctx, streamId, "Unknown stream key: copy the stage's current key from Marquee's console");
            return;
        }
        if (claim == OriginRegistry.Claim.TAKEN) {
            context.metrics().publisherRefused(RtmpMetrics.Refusal.ALREADY_LIVE);
            refuse(ctx, streamId, "This stage already has a publisher");
            return;
        }
        context.hub().streams().find(stage.get()).filter(s -> s.publisher().relayed())
                .ifPresent(edge -> context.hub().streams().disconnect(stage.get(), "its publisher connected here"));
        try {
            stream = context.hub().streams().start(stage.get(), new ChannelPublisher(ctx.channel()));
        } catch (LiveStreams.AlreadyLive e) {
            context.metrics().publisherRefused(RtmpMetrics.Refusal.ALREADY_LIVE);
            refuse(ctx, streamId, "This stage already has a publisher");
            return;
        }
        ctx.write(UserControl.streamBegin(streamId));
        ctx.writeAndFlush(ServerResponses.onStatus(streamId, NetStatus.PUBLISH_START, "Publishing to Marquee"));
    }

    private void refuse(ChannelHandlerContext ctx, int streamId, String reason) {
        LOG.info(() -> "Refused a publisher at " + ctx.channel().remoteAddress() + ": " + reason);
        ctx.writeAndFlush(ServerResponses.onStatus(streamId, NetStatus.PUBLISH_BAD_NAME, reason))
                .addListener(ChannelFutureListener.CLOSE);
    }

    /** The publisher said it stopped (FCUnpublish, closeStream, deleteStream). */
    void end(ChannelHandlerContext ctx, int streamId) {
        if (stream != null) {
            stop();
            ctx.writeAndFlush(ServerResponses.onStatus(streamId, NetStatus.UNPUBLISH_SUCCESS, "Stopped publishing"));
        }
    }

    /** The connection is gone. */
    void closed() {
        if (stream != null) {
            stop();
        }
    }
}
