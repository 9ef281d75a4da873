package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.metrics.PlayerProtocol;
import dev.marquee.plugin.rtmp.protocol.message.CommandMessage;
import dev.marquee.plugin.rtmp.protocol.message.DataMessage;
import dev.marquee.plugin.rtmp.protocol.message.NetStatus;
import dev.marquee.plugin.rtmp.protocol.message.ServerResponses;
import dev.marquee.plugin.rtmp.protocol.message.SetChunkSize;
import dev.marquee.plugin.rtmp.protocol.message.SetPeerBandwidth;
import dev.marquee.plugin.rtmp.protocol.message.WindowAckSize;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;

import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * The NetConnection and NetStream commands of one connection, as OBS, ffmpeg and Larix send them:
 * connect (application {@code live} only), releaseStream, FCPublish, createStream, publish, play,
 * FCUnpublish, closeStream, deleteStream. Event-loop confined.
 */
final class Commands {

    static final String APPLICATION = "live";
    private static final Logger LOG = Logger.getLogger(Commands.class.getName());
    private static final int WINDOW = 2_500_000;
    private static final int CHUNK_SIZE = 4096;

    private final SessionContext context;
    private final Publishing publishing;
    private boolean connected;
    private int nextStreamId = 1;
    private RtmpPlayer player;
    private boolean playPending;

    Commands(SessionContext context) {
        this.context = context;
        this.publishing = new Publishing(context);
    }

    boolean connected() {
        return connected;
    }

    LiveStream publishing() {
        return publishing.stream();
    }

    RtmpPlayer player() {
        return player;
    }

    void handle(ChannelHandlerContext ctx, CommandMessage command) {
        switch (command.name()) {
            case "connect" -> connect(ctx, command);
            case "createStream" -> {
                if (connected) {
                    ctx.writeAndFlush(ServerResponses.createStreamResult(command.transactionId(), nextStreamId++));
                }
            }
            case "releaseStream", "FCPublish", "_checkbw", "getStreamLength" -> answer(ctx, command);
            case "publish" -> {
                if (requireIdle(ctx)) {
                    publishing.begin(ctx, command.streamId(), command.stringArgument(0));
                }
            }
            case "play" -> {
                if (requireIdle(ctx)) {
                    play(ctx, command.streamId(), command.stringArgument(0));
                }
            }
            case "FCUnpublish" -> {
                answer(ctx, command);
                publishing.end(ctx, command.streamId());
            }
            case "closeStream", "deleteStream" -> {
                publishing.end(ctx, command.streamId());
                stopPlaying();
            }
            default -> LOG.fine(() -> "Ignoring RTMP command " + command.name());
        }
    }

    /** {@code @setDataFrame onMetaData} from the publisher: kept and passed on without the wrapper. */
    void data(DataMessage data) {
        LiveStream stream = publishing.stream();
        DataMessage unwrapped = data.unwrapSetDataFrame();
        if (stream == null || !DataMessage.ON_METADATA.equals(unwrapped.name())) {
            return;
        }
        ByteBuf body = Unpooled.buffer();
        try {
            unwrapped.withStream(0, 0).writePayload(body);
            stream.metadata(new MediaPacket(MediaPacket.Kind.DATA, 0, ByteBufUtil.getBytes(body)), unwrapped.metadata());
        } finally {
            body.release();
        }
    }

    void closed() {
        publishing.closed();
        stopPlaying();
    }

    private void connect(ChannelHandlerContext ctx, CommandMessage command) {
        Object app = command.commandObject() instanceof Map<?, ?> map ? map.get("app") : null;
        String name = app instanceof String s ? s.replaceAll("[/?].*$", "") : "";
        if (!APPLICATION.equals(name)) {
            ctx.writeAndFlush(ServerResponses.connectRejected(command.transactionId(),
                    "Marquee takes streams at rtmp://HOST/" + APPLICATION)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        double encoding = command.commandObject() instanceof Map<?, ?> map && map.get("objectEncoding") instanceof Number n
                ? n.doubleValue() : 0;
        ctx.write(new WindowAckSize(WINDOW));
        ctx.write(new SetPeerBandwidth(WINDOW, SetPeerBandwidth.LimitType.DYNAMIC));
        ctx.write(new SetChunkSize(CHUNK_SIZE));
        ctx.writeAndFlush(ServerResponses.connectResult(command.transactionId(), encoding, Map.of()));
        connected = true;
    }

    /**
     * Plays a stage; one live on another instance is first pulled here (reading pauses meanwhile, at
     * most a few seconds, and the event loop never waits).
     */
    private void play(ChannelHandlerContext ctx, int streamId, String name) {
        OptionalLong elsewhere = Playing.notLiveHere(context, name);
        if (elsewhere.isEmpty()) {
            player = Playing.begin(ctx, context, streamId, name);
            return;
        }
        playPending = true;
        ctx.channel().config().setAutoRead(false);
        context.cluster().demand(elsewhere.getAsLong()).whenComplete((ok, e) -> ctx.executor().execute(() -> {
            playPending = false;
            ctx.channel().config().setAutoRead(true);
            if (ctx.channel().isActive()) {
                player = Playing.begin(ctx, context, streamId, name);
            }
        }));
    }

    private boolean requireIdle(ChannelHandlerContext ctx) {
        if (!connected || publishing.stream() != null || publishing.pending() || player != null || playPending) {
            LOG.fine(() -> "Closing RTMP peer " + ctx.channel().remoteAddress() + ": publish or play out of turn");
            ctx.close();
            return false;
        }
        return true;
    }

    private static void answer(ChannelHandlerContext ctx, CommandMessage command) {
        if (command.transactionId() > 0) {
            ctx.writeAndFlush(ServerResponses.result(command.transactionId()));
        }
    }

    private void stopPlaying() {
        if (player != null) {
            player.close();
            context.hub().viewerLeft(player.stream().stageId());
            context.metrics().playerLeft(PlayerProtocol.RTMP);
            player = null;
        }
    }
}
