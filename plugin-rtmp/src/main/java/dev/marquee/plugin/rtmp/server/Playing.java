package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.metrics.PlayerProtocol;
import dev.marquee.plugin.rtmp.protocol.message.NetStatus;
import dev.marquee.plugin.rtmp.protocol.message.ServerResponses;
import dev.marquee.plugin.rtmp.protocol.message.UserControl;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Starts RTMP playback of {@code stage-{id}?token=...}: the token must be a valid playback token for
 * the stage ({@code GET /api/v1/stages/{id}/playback} hands out the address; the player is cut off when
 * the sign-in session it is tied to ends), the stage must be on air and under its viewer limit. Otherwise the player hears why and is disconnected. A stage live on
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

    static RtmpPlayer begin(ChannelHandlerContext ctx, SessionContext context, int streamId, String name) {
        Optional<StreamNames.Play> play = StreamNames.play(name);
        if (play.isEmpty() || !context.signer().valid(play.get().stageId(), play.get().token(), Instant.now())) {
            return refuse(ctx, streamId, NetStatus.PLAY_FAILED, "Play needs a signed address from Marquee's playback API");
        }
        long stageId = play.get().stageId();
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
                context.metrics());
        if (!stream.get().subscribe(player)) {
            context.hub().viewerLeft(stageId);
            context.metrics().playerLeft(PlayerProtocol.RTMP);
            return refuse(ctx, streamId, NetStatus.PLAY_STREAM_NOT_FOUND, "The stream just ended");
        }
        var session = context.signer().onSessionEnd(stageId, play.get().token(), () -> ctx.channel().close());
        ctx.channel().closeFuture().addListener(closed -> session.close());
        ctx.executor().execute(player::drain);
        return player;
    }

    private static RtmpPlayer refuse(ChannelHandlerContext ctx, int streamId, NetStatus status, String reason) {
        ctx.writeAndFlush(ServerResponses.onStatus(streamId, status, reason)).addListener(ChannelFutureListener.CLOSE);
        return null;
    }
}
