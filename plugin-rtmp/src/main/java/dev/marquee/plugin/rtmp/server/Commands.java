package dev.marquee.plugin.rtmp.server;

import dev.marquee.platform.spi.audience.Admission;
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
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * The NetConnection and NetStream commands of one connection, as OBS, ffmpeg and Larix send them:
 * connect (application {@code live} only), releaseStream, FCPublish, createStream, publish, play,
 * FCUnpublish, closeStream, deleteStream. It tells its {@link Phases} when the peer sends publish or
 * play, and when a publish or play ends on a connection that stays open. Event-loop confined.
 */
final class Commands {

    /** What the connection's limits follow: whether it publishes, plays, or neither. */
    interface Phases {

        /** A publish command was accepted (its key is checked next). */
        void publishing();

        /** A play command was accepted. */
        void playing();

        /** The publish or play ended and the connection is open: it must start again or go. */
        void idle();
    }

    static final String APPLICATION = "live";
    private static final Logger LOG = Logger.getLogger(Commands.class.getName());
    private static final int WINDOW = 2_500_000;
    private static final int CHUNK_SIZE = 4096;

    private final SessionContext context;
    private final Phases phases;
    private final Publishing publishing;
    private boolean connected;
    private int nextStreamId = 1;
    private RtmpPlayer player;
    private boolean playPending;

    Commands(SessionContext context, Phases phases) {
        this.context = context;
        this.phases = phases;
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
                    phases.publishing();
                    publishing.begin(ctx, command.streamId(), command.stringArgument(0));
                }
            }
            case "play" -> {
                if (requireIdle(ctx)) {
                    phases.playing();
                    play(ctx, command.streamId(), command.stringArgument(0));
                }
            }
            case "FCUnpublish" -> {
                boolean streaming = streaming();
                answer(ctx, command);
                publishing.end(ctx, command.streamId());
                idleAgain(streaming);
            }
            case "closeStream", "deleteStream" -> {
                boolean streaming = streaming();
                publishing.end(ctx, command.streamId());
                stopPlaying();
                idleAgain(streaming);
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
     * Plays a stage; one live on another instance is first pulled here, and the viewing is opened in
     * core's ledger off the event loop (reading pauses meanwhile, at most a few seconds, and the event
     * loop never waits).
     */
    private void play(ChannelHandlerContext ctx, int streamId, String name) {
        OptionalLong elsewhere = Playing.notLiveHere(context, name);
        playPending = true;
        ctx.channel().config().setAutoRead(false);
        CompletableFuture<Boolean> here = elsewhere.isEmpty() ? CompletableFuture.completedFuture(true)
                : context.cluster().demand(elsewhere.getAsLong());
        here.whenComplete((ok, e) -> context.blocking().execute(() -> {
            Optional<Admission> admission = Playing.admit(context, name, ctx.channel());
            ctx.executor().execute(() -> {
                playPending = false;
                ctx.channel().config().setAutoRead(true);
                if (ctx.channel().isActive()) {
                    player = Playing.begin(ctx, context, streamId, name, admission);
                } else {
                    admission.filter(Admission::admitted).ifPresent(a -> a.viewing().close());
                }
            });
        }));
    }

    private boolean busy() {
        return publishing.stream() != null || publishing.pending() || player != null || playPending;
    }

    private boolean streaming() {
        return publishing.stream() != null || player != null;
    }

    /**
     * After an end: a connection that was live and is left with neither a publish nor a play is pending
     * again (a fresh start deadline). One that never went live (a refused publish or play is closing)
     * keeps what it has, so ending nothing never buys time.
     */
    private void idleAgain(boolean wasStreaming) {
        if (wasStreaming && !busy()) {
            phases.idle();
        }
    }

    private boolean requireIdle(ChannelHandlerContext ctx) {
        if (!connected || busy()) {
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
