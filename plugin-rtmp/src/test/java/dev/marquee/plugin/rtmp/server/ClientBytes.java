package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.protocol.chunk.ChunkEncoder;
import dev.marquee.plugin.rtmp.protocol.message.ChunkStreamIds;
import dev.marquee.plugin.rtmp.protocol.message.CommandMessage;
import dev.marquee.plugin.rtmp.protocol.message.MessageType;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessageEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * What an RTMP client sends, as bytes: the handshake and messages chunked by the codecs' own encoders
 * (so compressed headers follow each other as a real client's do). One per simulated client.
 */
final class ClientBytes implements AutoCloseable {

    static final int STREAM_ID = 1;

    private final EmbeddedChannel encoder = new EmbeddedChannel(new ChunkEncoder(), new RtmpMessageEncoder());

    /** C0 and C1. */
    static byte[] c0c1() {
        byte[] bytes = new byte[1537];
        bytes[0] = 3;
        return bytes;
    }

    /** C2. */
    static byte[] c2() {
        return new byte[1536];
    }

    /** The whole handshake, sent at once as ffmpeg does. */
    static byte[] handshake() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(c0c1());
        out.writeBytes(c2());
        return out.toByteArray();
    }

    /** A TypedMessage or an RtmpMessage as chunks. */
    byte[] message(Object message) {
        encoder.writeOutbound(message);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ByteBuf buf; (buf = encoder.readOutbound()) != null; ) {
            out.writeBytes(ByteBufUtil.getBytes(buf));
            buf.release();
        }
        return out.toByteArray();
    }

    byte[] connect() {
        return message(CommandMessage.of("connect", 1, Map.of("app", "live", "type", "nonprivate",
                "tcUrl", "rtmp://127.0.0.1/live")));
    }

    byte[] createStream() {
        return message(CommandMessage.of("createStream", 2, null));
    }

    byte[] publish(String key) {
        return message(new CommandMessage("publish", 3, null, java.util.List.of(key, "live"), STREAM_ID));
    }

    byte[] play(String name) {
        return message(new CommandMessage("play", 3, null, java.util.List.of(name), STREAM_ID));
    }

    /** An audio or video message of {@code length} bytes of {@code fill}. */
    byte[] media(MessageType type, int timestamp, int length, int fill) {
        byte[] body = new byte[length];
        java.util.Arrays.fill(body, (byte) fill);
        int csid = type == MessageType.AUDIO ? ChunkStreamIds.AUDIO : ChunkStreamIds.VIDEO;
        return message(new RtmpMessage(csid, timestamp, type, STREAM_ID, Unpooled.wrappedBuffer(body)));
    }

    @Override
    public void close() {
        encoder.finishAndReleaseAll();
    }
}
