package dev.marquee.plugin.rtmp.restream;

import dev.marquee.plugin.rtmp.protocol.RtmpPipeline;
import dev.marquee.plugin.rtmp.protocol.handshake.HandshakeHandler;
import dev.marquee.plugin.rtmp.protocol.message.CommandMessage;
import dev.marquee.plugin.rtmp.protocol.message.NetStatus;
import dev.marquee.plugin.rtmp.protocol.message.ServerResponses;
import dev.marquee.plugin.rtmp.protocol.message.SetChunkSize;
import dev.marquee.plugin.rtmp.protocol.message.TypedMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publishing client against Marquee's own server-side codecs: bytes go back and forth between two
 * embedded channels, so the client's handshake and commands are read by the same decoder OBS's are.
 */
class PushHandlerTest {

    private final List<TypedMessage> atServer = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private int publishedOn = -1;

    private final EmbeddedChannel server = new EmbeddedChannel();
    private final EmbeddedChannel client;

    PushHandlerTest() {
        RtmpPipeline.addCodecs(server.pipeline()).addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof TypedMessage typed) {
                    atServer.add(typed);
                }
                ReferenceCountUtil.release(msg);
            }
        });
        RestreamUrl url = RestreamUrl.parse("rtmp://live.example.com/live2");
        PushHandler handler = new PushHandler(url, "secret-key", new PushHandler.Events() {
            @Override
            public void published(ChannelHandlerContext ctx, int streamId) {
                publishedOn = streamId;
            }

            @Override
            public void failed(String reason) {
                events.add(reason);
            }

            @Override
            public void writable() {
            }
        });
        client = clientChannel(handler);
    }

    /** A client channel set up as the bootstrap does it: handlers in place before the connection is active. */
    private static EmbeddedChannel clientChannel(ChannelHandler... last) {
        return new EmbeddedChannel(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                RtmpPipeline.addClientCodecs(ch.pipeline()).addLast(last);
            }
        });
    }

    /** Moves what each side wrote to the other until nothing moves. */
    private void pump() {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Object out; (out = client.readOutbound()) != null; moved = true) {
                server.writeInbound(out);
            }
            for (Object out; (out = server.readOutbound()) != null; moved = true) {
                client.writeInbound(out);
            }
            client.runPendingTasks();
            server.runPendingTasks();
        }
    }

    private List<String> commandsAtServer() {
        return atServer.stream().filter(m -> m instanceof CommandMessage).map(m -> ((CommandMessage) m).name()).toList();
    }

    @Test
    void theClientHandshakeStartsWithVersion3AndA1536ByteC1() {
        EmbeddedChannel alone = clientChannel();
        ByteBuf c0c1 = alone.readOutbound();
        assertThat(c0c1.readableBytes()).isEqualTo(1 + HandshakeHandler.PACKET_SIZE);
        assertThat(c0c1.getByte(0)).isEqualTo((byte) 3);
        assertThat(c0c1.getInt(5)).as("four zero bytes after the time").isZero();
        c0c1.release();
    }

    @Test
    void connectsCreatesAStreamAndPublishesTheKeyInTheOrderServersExpect() {
        pump();
        assertThat(atServer.get(0)).isEqualTo(new SetChunkSize(PushHandler.CHUNK_SIZE));
        CommandMessage connect = (CommandMessage) atServer.get(1);
        assertThat(connect.name()).isEqualTo("connect");
        assertThat(connect.property("app")).isEqualTo("live2");
        assertThat(connect.property("tcUrl")).isEqualTo("rtmp://live.example.com/live2");

        server.writeOutbound(ServerResponses.connectResult(1, 0, Map.of()));
        pump();
        assertThat(commandsAtServer()).containsExactly("connect", "releaseStream", "FCPublish", "createStream");

        server.writeOutbound(ServerResponses.createStreamResult(4, 7));
        pump();
        CommandMessage publish = (CommandMessage) atServer.get(atServer.size() - 1);
        assertThat(publish.name()).isEqualTo("publish");
        assertThat(publish.streamId()).isEqualTo(7);
        assertThat(publish.arguments()).containsExactly("secret-key", "live");
        assertThat(publishedOn).isEqualTo(-1);

        server.writeOutbound(ServerResponses.onStatus(7, NetStatus.PUBLISH_START, "go"));
        pump();
        assertThat(publishedOn).isEqualTo(7);
        assertThat(events).isEmpty();
        assertThat(client.isActive()).isTrue();
    }

    @Test
    void aRefusedPublishClosesWithTheStatusCodeButNeverTheServersWordsOrTheKey() {
        pump();
        server.writeOutbound(ServerResponses.connectResult(1, 0, Map.of()));
        pump();
        server.writeOutbound(ServerResponses.createStreamResult(4, 1));
        pump();
        server.writeOutbound(ServerResponses.onStatus(1, NetStatus.PUBLISH_BAD_NAME, "<script>secret-key is wrong"));
        pump();
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).contains("refused to publish").contains(NetStatus.PUBLISH_BAD_NAME.code())
                .doesNotContain("script").doesNotContain("secret-key");
        assertThat(client.isActive()).isFalse();
    }

    @Test
    void aRefusedConnectIsReported() {
        pump();
        server.writeOutbound(ServerResponses.connectRejected(1, "no"));
        pump();
        assertThat(events).singleElement().asString().contains("refused the connection");
        assertThat(client.isActive()).isFalse();
    }
}
