package dev.marquee.plugin.rtmp.protocol;

import dev.marquee.plugin.rtmp.protocol.handshake.HandshakeHandler;
import dev.marquee.plugin.rtmp.protocol.message.Acknowledgement;
import dev.marquee.plugin.rtmp.protocol.message.CommandMessage;
import dev.marquee.plugin.rtmp.protocol.message.DataMessage;
import dev.marquee.plugin.rtmp.protocol.message.MessageType;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.ReadTimeoutHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codecs against a real peer: ffmpeg publishes two seconds of H.264 and AAC to a server made
 * of {@link RtmpPipeline} and a {@link TestSession}, then plays the recording back from it. ffmpeg
 * is required (as by the HLS tests): a missing binary fails the test.
 */
@TestMethodOrder(OrderAnnotation.class)
class FfmpegPeerTest {

    private static final int FRAMES = 50;

    private static final Recording RECORDING = new Recording();
    private static EventLoopGroup group;
    private static Channel server;
    private static String url;

    @TempDir
    static Path work;

    @BeforeAll
    static void startServer() throws InterruptedException {
        TestBytes.paranoidLeakDetection();
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new ReadTimeoutHandler(
                                HandshakeHandler.RECOMMENDED_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
                        RtmpPipeline.addCodecs(ch.pipeline()).addLast(new TestSession(RECORDING));
                    }
                })
                .bind("127.0.0.1", 0).sync().channel();
        url = "rtmp://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + "/live/key";
    }

    @AfterAll
    static void stopServer() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        RECORDING.release();
    }

    @Test
    @Order(1)
    void ffmpegPublishes() throws Exception {
        run("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100", "-t", "2",
                "-c:v", "libx264", "-preset", "veryfast", "-g", "25", "-c:a", "aac", "-f", "flv", url);

        assertThat(RECORDING.errors).isEmpty();
        assertThat(RECORDING.commandNames()).containsSubsequence("connect", "createStream", "publish");
        CommandMessage connect = RECORDING.commands.get(0);
        assertThat(connect.property("app")).isEqualTo("live");
        assertThat(RECORDING.commands).filteredOn(c -> c.name().equals("publish"))
                .singleElement().satisfies(p -> assertThat(p.stringArgument(0)).isEqualTo("key"));
        DataMessage metadata = RECORDING.data.get(0).unwrapSetDataFrame();
        assertThat(metadata.name()).isEqualTo(DataMessage.ON_METADATA);
        assertThat(metadata.metadata()).containsEntry("width", 320.0).containsEntry("height", 240.0);
        assertThat(RECORDING.count(MessageType.VIDEO)).isEqualTo(FRAMES + 2); // + AVC sequence header and end
        assertThat(RECORDING.count(MessageType.AUDIO)).isGreaterThan(80);
    }

    @Test
    @Order(2)
    void ffmpegPlaysTheRecordingBack() throws Exception {
        run("ffmpeg", "-v", "error", "-i", url, "-c", "copy", "-f", "flv", "played.flv");

        String probe = run("ffprobe", "-v", "error", "-count_packets", "-show_entries",
                "stream=codec_name,width,nb_read_packets", "-of", "csv=p=0", "played.flv");
        assertThat(probe.lines().toList()).containsExactlyInAnyOrder("h264,320," + FRAMES, "aac," + audioFrames());
        assertThat(RECORDING.errors).isEmpty();
        assertThat(RECORDING.control).filteredOn(Acknowledgement.class::isInstance).isNotEmpty();
    }

    private static long audioFrames() {
        return RECORDING.count(MessageType.AUDIO) - 1; // the AAC sequence header is no frame
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 60 s");
        }
        assertThat(process.exitValue()).as("%s failed: %s", List.of(command), Files.readString(err)).isZero();
        return Files.readString(out);
    }
}
