package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.protocol.RtmpPipeline;
import dev.marquee.plugin.rtmp.protocol.handshake.HandshakeCompleted;
import dev.marquee.plugin.rtmp.protocol.handshake.HandshakeHandler;
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
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One RTMP connection after the codecs: the commands of the NetConnection ({@link Commands}), then
 * either publishing a stage's stream ({@link Publishing}) or playing one ({@link RtmpPlayer}). A peer
 * that does not finish the handshake and connect within {@link HandshakeHandler#RECOMMENDED_TIMEOUT},
 * sends what the codecs refuse, or stalls while publishing, is disconnected; nothing it does reaches
 * other connections.
 */
final class RtmpSession extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = Logger.getLogger(RtmpSession.class.getName());

    private final Commands commands;
    private ScheduledFuture<?> connectDeadline;

    private RtmpSession(SessionContext context) {
        this.commands = new Commands(context);
    }

    static void install(ChannelPipeline pipeline, SessionContext context) {
        RtmpPipeline.addCodecs(pipeline);
        pipeline.addLast("rtmp-session", new RtmpSession(context));
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        long limit = HandshakeHandler.RECOMMENDED_TIMEOUT.toMillis();
        connectDeadline = ctx.executor().schedule(() -> {
            if (!commands.connected()) {
                LOG.fine(() -> "No RTMP connect from " + ctx.channel().remoteAddress() + " in time: dropped");
                ctx.close();
            }
        }, limit, TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (!(event instanceof HandshakeCompleted)) {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof CommandMessage command) {
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
        if (connectDeadline != null) {
            connectDeadline.cancel(false);
        }
        commands.closed();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(Level.FINE, "Dropping RTMP peer " + ctx.channel().remoteAddress() + ": " + cause, cause);
        ctx.close();
    }
}
