package dev.marquee.plugin.rtmp.protocol.message;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;

import java.util.List;

/**
 * Turns written {@link TypedMessage}s into {@link RtmpMessage}s for the {@code ChunkEncoder}, on
 * the chunk stream, message stream and timestamp each message names. {@code RtmpMessage}s written
 * directly (audio, video) pass through untouched. Stateless and sharable.
 */
@Sharable
public final class RtmpMessageEncoder extends MessageToMessageEncoder<TypedMessage> {

    public RtmpMessageEncoder() {
        super(TypedMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, TypedMessage message, List<Object> out) {
        out.add(message.toRtmpMessage(ctx.alloc()));
    }
}
