package dev.marquee.plugin.rtmp.server;

import dev.marquee.platform.spi.audience.Admission;
import dev.marquee.platform.spi.audience.Viewing;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.metrics.PlayerProtocol;
import dev.marquee.plugin.rtmp.protocol.message.NetStatus;
import dev.marquee.plugin.rtmp.protocol.message.ServerResponses;
import dev.marquee.plugin.rtmp.protocol.message.UserControl;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Starts RTMP playback of {@code stage-{id}?token=...}: the token must be a valid playback token for
 * the stage ({@code GET /api/v1/stages/{id}/playback} hands out the address; the player is cut off when
 * the sign-in session it is tied to ends), the person under their event's stream limit (core's ledger,
 * {@link #admit}, off the event loop), the stage on air and under its viewer limit. Otherwise the player hears why and is disconnected. A stage live on
 * another instance is pulled here first ({@link #notLiveHere}).
 */
final class Playing {

    private Playing() {
    }

    /** The stage of a validly signed play request when its stream is not on this instance (yet). */
    static OptionalLong notLiveHere(SessionContext context, String name) {
        Optional<StreamNames.Play> play = StreamNames.play(name);
        if (play.isEmpty() || !context.signer().valid(play.get().stageId(), play.get().token(), Instant.now())
                || context.hub().streams().isLive(play.get().stageId())) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(play.get().stageId());
    }

    /**
     * Opens the play's viewing in core's ledger (the person's stream limit is checked there); may wait for
     * the grid, so it runs off the event loop. Empty when the name is not a validly signed play request
     * ({@link #begin} refuses those) or the address was ended from another device.
     */
    static Optional<Admission> admit(SessionContext context, String name, Channel channel) {
        Optional<StreamNames.Play> play = StreamNames.play(name);
        if (play.isEmpty() || !context.signer().valid(play.get().stageId(), play.get().token(), Instant.now())
                || context.viewings().ended(play.get().stageId(), play.get().token())) {
            return Optional.empty();
        }
        return Optional.of(context.viewings().connection(play.get().stageId(), play.get().token(), "rtmp", "RTMP player",
                channel::close));
    }

    /** Starts playing with the viewing {@link #admit} opened (closing it if the play is refused after all). */
    static RtmpPlayer begin(ChannelHandlerContext ctx, SessionContext context, int streamId, String name,
                            Optional<Admission> admission) {
        Optional<StreamNames.Play> play = StreamNames.play(name);
        if (play.isEmpty() || admission.isEmpty()
                || !context.signer().valid(play.get().stageId(), play.get().token(), Instant.now())) {
            admission.filter(Admission::admitted).ifPresent(a -> a.viewing().close());
            return refuse(ctx, streamId, NetStatus.PLAY_FAILED, "Play needs a signed address from Marquee's playback API");
        }
        if (!admission.get().admitted()) {
            return refuse(ctx, streamId, NetStatus.PLAY_FAILED, admission.get().refusal().detail());
        }
        Viewing viewing = admission.get().viewing();
        RtmpPlayer player = start(ctx, context, streamId, play.get(), viewing);
        if (player == null) {
            viewing.close();
        }
        return player;
    }

    private static RtmpPlayer start(ChannelHandlerContext ctx, SessionContext context, int streamId,
                                    StreamNames.Play play, Viewing viewing) {
        long stageId = play.stageId();
        Optional<LiveStream> stream = context.hub().streams().find(stageId);
        if (stream.isEmpty()) {
            return refuse(ctx, streamId, NetStatus.PLAY_STREAM_NOT_FOUND, "The stage is not on air");
        }
        if (!context.hub().viewerJoined(stageId)) {
            return refuse(ctx, streamId, NetStatus.PLAY_FAILED, "The stage has as many viewers as it takes");
        }
        context.metrics().playerJoined(PlayerProtocol.RTMP);
        ctx.write(UserControl.streamBegin(streamId));
        ctx.write(ServerResponses.onStatus(streamId, NetStatus.PLAY_RESET, "Playing from the latest keyframe"));
        ctx.write(ServerResponses.onStatus(streamId, NetStatus.PLAY_START, "Playing"));
        ctx.writeAndFlush(ServerResponses.sampleAccess(streamId));
        RtmpPlayer player = new RtmpPlayer(ctx.channel(), streamId, stream.get(), context.config().viewerQueueBytes(),
                context.metrics(), viewing);
        if (!stream.get().subscribe(player)) {
            context.hub().viewerLeft(stageId);
            context.metrics().playerLeft(PlayerProtocol.RTMP);
            return refuse(ctx, streamId, NetStatus.PLAY_STREAM_NOT_FOUND, "The stream just ended");
        }
        var session = context.signer().onSessionEnd(stageId, play.token(), () -> ctx.channel().close());
        ctx.channel().closeFuture().addListener(closed -> session.close());
        ctx.executor().execute(player::drain);
        return player;
    }

    private static RtmpPlayer refuse(ChannelHandlerContext ctx, int streamId, NetStatus status, String reason) {
        ctx.writeAndFlush(ServerResponses.onStatus(streamId, status, reason)).addListener(ChannelFutureListener.CLOSE);
        return null;
    }
}
