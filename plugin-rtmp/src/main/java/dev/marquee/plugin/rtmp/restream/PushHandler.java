package dev.marquee.plugin.rtmp.restream;

import dev.marquee.plugin.rtmp.protocol.handshake.HandshakeCompleted;
import dev.marquee.plugin.rtmp.protocol.message.CommandMessage;
import dev.marquee.plugin.rtmp.protocol.message.PublishCommands;
import dev.marquee.plugin.rtmp.protocol.message.SetChunkSize;
import dev.marquee.plugin.rtmp.protocol.message.UserControl;
import dev.marquee.plugin.rtmp.protocol.message.UserControlEvent;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;

import javax.net.ssl.SSLException;
import java.util.regex.Pattern;

/**
 * The publishing client's side of one connection to a target, after the handshake: connect,
 * releaseStream, FCPublish, createStream, publish; then it answers pings and tells the {@link Push} when the
 * server said "publish start" or why it refused. What the server sends is never repeated in an error but a
 * status code of the usual shape ({@code NetStream.Publish.BadName}). On the channel's event loop.
 */
final class PushHandler extends ChannelInboundHandlerAdapter {

    /** Chunks this size keep the header overhead of a 1.5 Mbit/s stream under 0.1 %. */
    static final int CHUNK_SIZE = 4096;
    private static final Pattern STATUS_CODE = Pattern.compile("[A-Za-z][A-Za-z.]{0,63}");

    /** What the handler tells its push. */
    interface Events {
        void published(ChannelHandlerContext ctx, int streamId);

        void failed(String reason);

        /** The outbound buffer drained below its low-water mark: write more. */
        void writable();
    }

    private final RestreamUrl url;
    private final String key;
    private final Events events;
    private int streamId = -1;
    private boolean published;

    PushHandler(RestreamUrl url, String key, Events events) {
        this.url = url;
        this.key = key;
        this.events = events;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event == HandshakeCompleted.INSTANCE) {
            ctx.write(new SetChunkSize(CHUNK_SIZE));
            ctx.writeAndFlush(PublishCommands.connect(url.app(), url.tcUrl()));
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof CommandMessage command) {
                command(ctx, command);
            } else if (msg instanceof UserControl ping && ping.event() == UserControlEvent.PING_REQUEST) {
                ctx.writeAndFlush(UserControl.pingResponse(ping.value()));
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            events.writable();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        events.failed(hasCause(cause, SSLException.class)
                ? "the secure connection (TLS) to " + url.host() + " failed"
                : "the connection to " + url.host() + " broke (" + cause.getClass().getSimpleName() + ")");
        ctx.close();
    }

    private void command(ChannelHandlerContext ctx, CommandMessage command) {
        switch (command.name()) {
            case "_result" -> result(ctx, command);
            case "_error" -> refuse(ctx, "the server refused " + call(command.transactionId()), command);
            case "onStatus" -> status(ctx, command);
            default -> { } // onBWDone, onFCPublish and the like need no answer
        }
    }

    private void result(ChannelHandlerContext ctx, CommandMessage command) {
        if (command.transactionId() == PublishCommands.CONNECT) {
            ctx.write(PublishCommands.releaseStream(key));
            ctx.write(PublishCommands.fcPublish(key));
            ctx.writeAndFlush(PublishCommands.createStream());
        } else if (command.transactionId() == PublishCommands.CREATE_STREAM) {
            streamId = PublishCommands.createdStreamId(command);
            if (streamId < 0) {
                refuse(ctx, "the server answered createStream without a stream", command);
                return;
            }
            ctx.writeAndFlush(PublishCommands.publish(streamId, key));
        }
    }

    private void status(ChannelHandlerContext ctx, CommandMessage command) {
        String code = PublishCommands.statusCode(command);
        if (!published && "NetStream.Publish.Start".equals(code)) {
            published = true;
            events.published(ctx, streamId);
        } else if (code.endsWith(".Failed") || code.endsWith(".BadName") || code.endsWith(".Rejected")
                || code.endsWith(".Unauthorized") || code.contains("Publish.Denied")) {
            refuse(ctx, "the server refused to publish (check the stream key)", command);
        }
    }

    private void refuse(ChannelHandlerContext ctx, String reason, CommandMessage command) {
        String code = PublishCommands.statusCode(command);
        events.failed(STATUS_CODE.matcher(code).matches() ? reason + ": " + code : reason);
        ctx.close();
    }

    private static String call(double transactionId) {
        if (transactionId == PublishCommands.CONNECT) {
            return "the connection";
        }
        return transactionId == PublishCommands.CREATE_STREAM ? "createStream" : "a call";
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
