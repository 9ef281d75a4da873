package dev.marquee.plugin.rtmp.protocol;

import dev.marquee.plugin.rtmp.protocol.message.ChunkStreamIds;
import dev.marquee.plugin.rtmp.protocol.message.CommandMessage;
import dev.marquee.plugin.rtmp.protocol.message.DataMessage;
import dev.marquee.plugin.rtmp.protocol.message.MessageType;
import dev.marquee.plugin.rtmp.protocol.message.NetStatus;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import dev.marquee.plugin.rtmp.protocol.message.ServerResponses;
import dev.marquee.plugin.rtmp.protocol.message.SetChunkSize;
import dev.marquee.plugin.rtmp.protocol.message.SetPeerBandwidth;
import dev.marquee.plugin.rtmp.protocol.message.TypedMessage;
import dev.marquee.plugin.rtmp.protocol.message.UserControl;
import dev.marquee.plugin.rtmp.protocol.message.WindowAckSize;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;

import java.net.SocketException;
import java.util.Map;

/**
 * Just enough of a server session to drive ffmpeg through the codecs in tests: one stream, no
 * stream keys. Publishing records into a {@link Recording}; playing sends the recording back.
 */
final class TestSession extends ChannelInboundHandlerAdapter {

    static final int STREAM_ID = 1;
    static final int WINDOW = 100_000;

    private final Recording recording;

    TestSession(Recording recording) {
        this.recording = recording;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof CommandMessage command) {
            recording.commands.add(command);
            answer(ctx, command);
        } else if (msg instanceof DataMessage data) {
            recording.data.add(data);
        } else if (msg instanceof TypedMessage typed) {
            recording.control.add(typed);
        } else if (msg instanceof RtmpMessage media
                && (media.type() == MessageType.AUDIO || media.type() == MessageType.VIDEO)) {
            recording.media.add(media);
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!peerReset(cause)) {
            recording.errors.add(cause);
        }
        ctx.close();
    }

    /**
     * A peer that leaves with a reset did nothing wrong on the protocol: ffmpeg, done playing, exits with bytes
     * of ours still unread in its socket, and its kernel answers them with a reset (seen in CI once the
     * playback had already matched).
     */
    private static boolean peerReset(Throwable cause) {
        return cause instanceof SocketException && String.valueOf(cause.getMessage()).startsWith("Connection reset");
    }

    private void answer(ChannelHandlerContext ctx, CommandMessage command) {
        double tx = command.transactionId();
        switch (command.name()) {
            case "connect" -> {
                ctx.write(new WindowAckSize(WINDOW));
                ctx.write(new SetPeerBandwidth(WINDOW, SetPeerBandwidth.LimitType.DYNAMIC));
                ctx.write(new SetChunkSize(4096));
                Object encoding = command.property("objectEncoding");
                ctx.writeAndFlush(ServerResponses.connectResult(tx, encoding instanceof Number n ? n.doubleValue() : 0,
                        Map.of()));
            }
            case "releaseStream", "FCUnpublish", "deleteStream" -> ctx.writeAndFlush(ServerResponses.result(tx));
            case "FCPublish" -> {
                ctx.write(ServerResponses.result(tx));
                ctx.writeAndFlush(ServerResponses.onFcPublish(command.stringArgument(0)));
            }
            case "createStream" -> ctx.writeAndFlush(ServerResponses.createStreamResult(tx, STREAM_ID));
            case "publish" -> {
                ctx.write(UserControl.streamBegin(STREAM_ID));
                ctx.writeAndFlush(ServerResponses.onStatus(STREAM_ID, NetStatus.PUBLISH_START, "Publishing."));
            }
            case "play" -> play(ctx);
            default -> {
                // getStreamLength, _checkbw and the like need no answer here
            }
        }
    }

    private void play(ChannelHandlerContext ctx) {
        ctx.write(UserControl.streamBegin(STREAM_ID));
        ctx.write(ServerResponses.onStatus(STREAM_ID, NetStatus.PLAY_RESET, "Playing and resetting."));
        ctx.write(ServerResponses.onStatus(STREAM_ID, NetStatus.PLAY_START, "Started playing."));
        ctx.write(ServerResponses.sampleAccess(STREAM_ID));
        for (DataMessage data : recording.data) {
            ctx.write(data.unwrapSetDataFrame().withStream(STREAM_ID, 0));
        }
        for (RtmpMessage media : recording.media) {
            int csid = media.type() == MessageType.AUDIO ? ChunkStreamIds.AUDIO : ChunkStreamIds.VIDEO;
            ctx.write(media.withHeader(csid, media.timestamp(), STREAM_ID));
        }
        ctx.write(UserControl.streamEof(STREAM_ID));
        // ffmpeg closes after Play.Stop; closing first could reset the connection under unread data
        ctx.writeAndFlush(ServerResponses.onStatus(STREAM_ID, NetStatus.PLAY_STOP, "Stopped playing."));
    }
}
