package dev.marquee.plugin.rtmp.protocol;

import dev.marquee.plugin.rtmp.protocol.chunk.ChunkDecoder;
import dev.marquee.plugin.rtmp.protocol.handshake.HandshakeCompleted;
import dev.marquee.plugin.rtmp.protocol.handshake.HandshakeHandler;
import dev.marquee.plugin.rtmp.protocol.message.CommandMessage;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessageDecoder;
import dev.marquee.plugin.rtmp.protocol.message.ServerResponses;
import dev.marquee.plugin.rtmp.protocol.message.SetChunkSize;
import dev.marquee.plugin.rtmp.protocol.message.TypedMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.marquee.plugin.rtmp.protocol.chunk.ChunkFixtures.FFMPEG_CONNECT;
import static org.assertj.core.api.Assertions.assertThat;

/** The assembled codecs against ffmpeg's real opening bytes, and our replies read back by a client-side decoder. */
class RtmpPipelineTest {

    private final List<Object> received = new ArrayList<>();

    @BeforeAll
    static void leaks() {
        TestBytes.paranoidLeakDetection();
    }

    @Test
    void readsFfmpegsConnectAndAnswersIt() {
        EmbeddedChannel server = new EmbeddedChannel();
        RtmpPipeline.addCodecs(server.pipeline()).addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                received.add(msg);
            }

            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
                received.add(evt);
            }
        });

        server.writeInbound(TestBytes.buf("03", new byte[1536], new byte[1536], FFMPEG_CONNECT));

        assertThat(received).hasSize(2).first().isEqualTo(HandshakeCompleted.INSTANCE);
        CommandMessage connect = (CommandMessage) received.get(1);
        assertThat(connect.name()).isEqualTo("connect");
        assertThat(connect.transactionId()).isEqualTo(1.0);
        assertThat(connect.property("app")).isEqualTo("live");
        assertThat(connect.property("type")).isEqualTo("nonprivate");
        assertThat(connect.property("flashVer")).isEqualTo("FMLE/3.0 (compatible; Lavf59.27.100)");
        assertThat(connect.property("tcUrl")).isEqualTo("rtmp://127.0.0.1:19350/live");
        assertThat(server.pipeline().get(HandshakeHandler.class)).isNull();

        ByteBuf handshakeReply = server.readOutbound();
        assertThat(handshakeReply.readableBytes()).isEqualTo(3073);
        handshakeReply.release();

        server.writeOutbound(new SetChunkSize(4096), ServerResponses.connectResult(1, 0, Map.of()));
        List<Object> replies = readAsClient(server);
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0)).isEqualTo(new SetChunkSize(4096));
        assertThat(((CommandMessage) replies.get(1)).name()).isEqualTo("_result");
        assertThat(server.finish()).isFalse();
    }

    /** Decodes what the server wrote as a client would. */
    private static List<Object> readAsClient(EmbeddedChannel server) {
        EmbeddedChannel client = new EmbeddedChannel(new ChunkDecoder(), new RtmpMessageDecoder());
        CompositeByteBuf all = Unpooled.compositeBuffer();
        for (ByteBuf out; (out = server.readOutbound()) != null; ) {
            all.addComponent(true, out);
        }
        client.writeInbound(all);
        List<Object> messages = new ArrayList<>();
        for (Object m; (m = client.readInbound()) != null; ) {
            assertThat(m).isInstanceOfAny(TypedMessage.class, RtmpMessage.class);
            messages.add(m);
        }
        return messages;
    }
}
