package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.metrics.RtmpMetrics.ConnectionDrop;
import dev.marquee.plugin.rtmp.protocol.RtmpPipeline;
import dev.marquee.plugin.rtmp.protocol.amf.AmfException;
import dev.marquee.plugin.rtmp.protocol.chunk.ChunkDecoder;
import dev.marquee.plugin.rtmp.protocol.chunk.ChunkLimitException;
import dev.marquee.plugin.rtmp.protocol.handshake.HandshakeCompleted;
import dev.marquee.plugin.rtmp.protocol.handshake.HandshakeException;
import dev.marquee.plugin.rtmp.protocol.message.CommandMessage;
import dev.marquee.plugin.rtmp.protocol.message.DataMessage;
import dev.marquee.plugin.rtmp.protocol.message.MessageType;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import dev.marquee.plugin.rtmp.protocol.message.UserControl;
import dev.marquee.plugin.rtmp.protocol.message.UserControlEvent;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.util.ReferenceCountUtil;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One RTMP connection after the codecs: the commands of the NetConnection ({@link Commands}), then
 * either publishing a stage's stream ({@link Publishing}) or playing one ({@link RtmpPlayer}). It moves
 * the connection's limits along: the start deadline ({@link SessionTimeouts}) stops and the pending
 * place ({@link ConnectionLimiter.Ticket}) is given back when publish or play arrives; a publisher gets
 * the larger budget for unfinished messages. A peer that misses a deadline, sends what the codecs
 * refuse or goes past a limit, or keeps sending commands while it does not read the answers (its
 * outbound buffer over the high-water mark), is closed with a reset; nothing it does reaches other
 * connections. Hostile input is logged at FINE only; an error that is not the peer's is a WARNING.
 */
final class RtmpSession extends ChannelInboundHandlerAdapter implements Commands.Phases {

    static final String TIMEOUTS = "rtmp-timeouts";
    static final String SESSION = "rtmp-session";
    private static final Logger LOG = Logger.getLogger(RtmpSession.class.getName());

    private final SessionContext context;
    private final ConnectionLimiter.Ticket ticket;
    private final SessionTimeouts timeouts;
    private final ChunkDecoder decoder;
    private final Commands commands;

    private RtmpSession(SessionContext context, ConnectionLimiter.Ticket ticket, SessionTimeouts timeouts,
                        ChunkDecoder decoder) {
        this.context = context;
        this.ticket = ticket;
        this.timeouts = timeouts;
        this.decoder = decoder;
        this.commands = new Commands(context, this);
    }

    /** Installs the deadlines, the codecs and the session on a new connection admitted with {@code ticket}. */
    static void install(ChannelPipeline pipeline, SessionContext context, ConnectionLimiter.Ticket ticket) {
        ConnectionLimits limits = context.limits();
        SessionTimeouts timeouts = new SessionTimeouts(limits.startTimeout(), limits.publishIdleTimeout());
        pipeline.addLast(TIMEOUTS, timeouts);
        RtmpPipeline.addCodecs(pipeline, limits.chunks());
        pipeline.addLast(SESSION, new RtmpSession(context, ticket, timeouts, pipeline.get(ChunkDecoder.class)));
    }

    @Override
    public void publishing() {
        ticket.started();
        timeouts.publishing();
        decoder.maxUnfinishedBytes(context.limits().maxUnfinishedBytesPublishing());
    }

    @Override
    public void playing() {
        ticket.started();
        timeouts.playing();
    }

    @Override
    public void idle() {
        ticket.pendingAgain();
        timeouts.pending();
        decoder.maxUnfinishedBytes(context.limits().maxUnfinishedBytes());
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof SessionTimeouts.Expired expired) {
            ConnectionDrop reason = expired == SessionTimeouts.Expired.START
                    ? ConnectionDrop.START_TIMEOUT : ConnectionDrop.PUBLISH_IDLE;
            LOG.fine(() -> "RTMP peer " + ctx.channel().remoteAddress() + " dropped: " + reason);
            context.metrics().connectionDropped(reason);
        } else if (!(event instanceof HandshakeCompleted)) {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (answered(msg) && !ctx.channel().isWritable()) {
                drop(ctx, ConnectionDrop.OVER_LIMIT, "it sends commands but does not read the answers");
            } else if (msg instanceof CommandMessage command) {
                commands.handle(ctx, command);
            } else if (msg instanceof DataMessage data) {
                commands.data(data);
            } else if (msg instanceof UserControl control) {
                if (control.event() == UserControlEvent.PING_REQUEST) {
                    ctx.writeAndFlush(UserControl.pingResponse(control.value()));
                }
            } else if (msg instanceof RtmpMessage media) {
                media(media);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    /** Messages the server writes an answer to. */
    private static boolean answered(Object msg) {
        return msg instanceof CommandMessage
                || msg instanceof UserControl control && control.event() == UserControlEvent.PING_REQUEST;
    }

    private void media(RtmpMessage message) {
        LiveStream stream = commands.publishing();
        if (stream == null) {
            return;
        }
        MediaPacket.Kind kind;
        if (message.type() == MessageType.AUDIO) {
            kind = MediaPacket.Kind.AUDIO;
        } else if (message.type() == MessageType.VIDEO) {
            kind = MediaPacket.Kind.VIDEO;
        } else {
            return;
        }
        stream.publish(new MediaPacket(kind, message.timestamp(), ByteBufUtil.getBytes(message.content())));
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        RtmpPlayer player = commands.player();
        if (player != null && ctx.channel().isWritable()) {
            player.drain();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        commands.closed();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!ctx.channel().isOpen()) {
            return;
        }
        if (cause instanceof IOException) {
            LOG.log(Level.FINE, "RTMP peer " + ctx.channel().remoteAddress() + " went away: " + cause);
            ctx.close();
            return;
        }
        if (!peersFault(cause)) {
            LOG.log(Level.WARNING, "Unexpected error on the RTMP connection of " + ctx.channel().remoteAddress()
                    + "; dropping it", cause);
        }
        drop(ctx, cause instanceof ChunkLimitException ? ConnectionDrop.OVER_LIMIT : ConnectionDrop.PROTOCOL_ERROR,
                String.valueOf(cause));
    }

    private void drop(ChannelHandlerContext ctx, ConnectionDrop reason, String why) {
        if (!ctx.channel().isOpen()) {
            return;
        }
        LOG.fine(() -> "Dropping RTMP peer " + ctx.channel().remoteAddress() + " (" + reason + "): " + why);
        context.metrics().connectionDropped(reason);
        Drops.reset(ctx.channel());
    }

    /** Whether the error is the peer's input (malformed or over a limit) rather than a fault of ours. */
    private static boolean peersFault(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof CorruptedFrameException || c instanceof TooLongFrameException || c instanceof AmfException
                    || c instanceof HandshakeException) {
                return true;
            }
        }
        return false;
    }
}
