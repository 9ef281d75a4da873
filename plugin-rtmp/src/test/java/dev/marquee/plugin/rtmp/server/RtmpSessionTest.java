package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.StreamSubscriber;
import dev.marquee.plugin.rtmp.metrics.RtmpMetrics.ConnectionDrop;
import dev.marquee.plugin.rtmp.protocol.TestBytes;
import dev.marquee.plugin.rtmp.protocol.TrackingAllocator;
import dev.marquee.plugin.rtmp.protocol.chunk.ChunkDecoder;
import dev.marquee.plugin.rtmp.protocol.message.CommandMessage;
import dev.marquee.plugin.rtmp.protocol.message.MessageType;
import dev.marquee.plugin.rtmp.protocol.message.SetChunkSize;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.marquee.plugin.rtmp.protocol.TestBytes.bytes;
import static dev.marquee.plugin.rtmp.protocol.TestBytes.filled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server connection's whole pipeline (deadlines, codecs, session) on an {@link EmbeddedChannel} whose
 * clock the test moves: the start deadline, the publisher's idle deadline, the budgets for unfinished
 * messages before and after publish, the chunk size limit, and peers that do not read their answers.
 * Every buffer the connection allocated must be released once it is closed.
 */
class RtmpSessionTest {

    private final TestContext test = new TestContext();
    private final ConnectionLimiter limiter = new ConnectionLimiter(TestContext.LIMITS);
    private final TrackingAllocator allocator = new TrackingAllocator();
    private final ClientBytes client = new ClientBytes();
    private EmbeddedChannel channel;

    @BeforeAll
    static void leaks() {
        TestBytes.paranoidLeakDetection();
    }

    @BeforeEach
    void connect() {
        channel = new EmbeddedChannel();
        channel.freezeTime();
        channel.config().setAllocator(allocator);
        ConnectionLimiter.Admission admission = limiter.admit(channel.remoteAddress());
        channel.closeFuture().addListener(f -> admission.ticket().release());
        RtmpSession.install(channel.pipeline(), test.context, admission.ticket());
    }

    @AfterEach
    void everythingReleased() {
        channel.finishAndReleaseAll();
        client.close();
        assertThat(allocator.unreleased()).as("buffers still held after close").isEmpty();
        assertThat(limiter.open()).isZero();
        assertThat(limiter.addresses()).isZero();
    }

    private void send(Object... parts) {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes(parts)));
        channel.runPendingTasks();
    }

    private void after(long seconds) {
        channel.advanceTimeBy(seconds, TimeUnit.SECONDS);
        channel.runPendingTasks();
    }

    private Map<ConnectionDrop, Integer> drops() {
        return test.metrics.dropped;
    }

    @Test
    void aPeerThatConnectsButNeverPublishesIsResetAtTheStartDeadline() {
        send(ClientBytes.handshake(), client.connect(), client.createStream());
        assertThat(limiter.pending()).isEqualTo(1);

        after(9);
        assertThat(channel.isOpen()).isTrue();
        after(1);

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).containsExactly(Map.entry(ConnectionDrop.START_TIMEOUT, 1));
        assertThat(limiter.pending()).isZero();
    }

    @Test
    void theDeadlineCountsFromAcceptNotFromConnect() {
        after(8);
        send(ClientBytes.handshake(), client.connect());
        after(2);

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).containsKey(ConnectionDrop.START_TIMEOUT);
    }

    @Test
    void publishStopsTheStartDeadlineAndThePublisherMayBeSilentForTheIdleTimeout() {
        send(ClientBytes.handshake(), client.connect(), client.createStream(), client.publish(TestContext.KEY));
        assertThat(test.published()).isPresent();
        assertThat(limiter.pending()).as("a publisher takes no pending place").isZero();

        after(20);
        send(client.media(MessageType.AUDIO, 0, 10, 1));
        after(20);
        assertThat(channel.isOpen()).as("reads move the idle deadline").isTrue();
        after(10);

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).containsExactly(Map.entry(ConnectionDrop.PUBLISH_IDLE, 1));
        assertThat(test.published()).as("the stream ends with its publisher").isEmpty();
    }

    @Test
    void aPublisherMaySendMessagesFarLargerThanCommands() {
        send(ClientBytes.handshake(), client.connect(), client.createStream(), client.publish(TestContext.KEY),
                client.message(new SetChunkSize(4096)));

        java.util.List<Integer> received = new java.util.ArrayList<>();
        test.published().orElseThrow().subscribe(new StreamSubscriber() {
            @Override
            public void accept(MediaPacket packet) {
                received.add(packet.body().length);
            }

            @Override
            public void end() {
            }
        });

        send(client.media(MessageType.VIDEO, 40, 1_000_000, 0x17), client.media(MessageType.AUDIO, 40, 300, 0xAF));

        assertThat(channel.isOpen()).isTrue();
        assertThat(drops()).isEmpty();
        assertThat(received).contains(1_000_000, 300);
        assertThat(channel.pipeline().get(ChunkDecoder.class).unfinishedBytes()).isZero();
    }

    @Test
    void unfinishedMessagesOverTheBudgetBeforePublishingAreRefused() {
        send(ClientBytes.handshake(), client.connect());
        // two commands announced at 40,000 bytes each, both left unfinished: 80,000 > 65,536
        send("0A 000000 009C40 14 00000000", filled(128, 0x20));
        assertThat(channel.isOpen()).isTrue();
        send("0B 000000 009C40 14 00000000", filled(128, 0x20));

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).containsExactly(Map.entry(ConnectionDrop.OVER_LIMIT, 1));
    }

    @Test
    void aMessageLongerThanTheBudgetIsRefusedAtItsFirstChunk() {
        send(ClientBytes.handshake());
        send("06 000000 100000 09 01000000", filled(128, 0));

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).containsExactly(Map.entry(ConnectionDrop.OVER_LIMIT, 1));
    }

    @Test
    void aChunkSizeAboveTheLimitIsRefused() {
        send(ClientBytes.handshake(), client.message(new SetChunkSize(65_536)));
        assertThat(channel.isOpen()).isTrue();

        send(client.message(new SetChunkSize(65_537)));

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).containsExactly(Map.entry(ConnectionDrop.OVER_LIMIT, 1));
    }

    @Test
    void aPeerThatSendsCommandsWithoutReadingTheAnswersIsDropped() {
        send(ClientBytes.handshake(), client.connect());
        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false); // as if 1 MiB of answers waited

        send(client.createStream());

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).containsExactly(Map.entry(ConnectionDrop.OVER_LIMIT, 1));
    }

    @Test
    void aPlayerHasNoDeadlineButKeepsTheSmallBudget() {
        send(ClientBytes.handshake(), client.connect(), client.createStream(), client.play(TestContext.PLAY_NAME));
        assertThat(limiter.pending()).isZero();

        after(120);
        assertThat(channel.isOpen()).isTrue();

        send(client.media(MessageType.VIDEO, 0, 100_000, 1));
        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).containsExactly(Map.entry(ConnectionDrop.OVER_LIMIT, 1));
    }

    @Test
    void endingAPublishStartsTheDeadlineAgain() {
        send(ClientBytes.handshake(), client.connect(), client.createStream(), client.publish(TestContext.KEY));
        send(client.message(new CommandMessage("FCUnpublish", 4, null, java.util.List.of(TestContext.KEY), 0)));
        assertThat(test.published()).isEmpty();
        assertThat(limiter.pending()).isEqualTo(1);

        after(10);

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).containsExactly(Map.entry(ConnectionDrop.START_TIMEOUT, 1));
    }

    @Test
    void endingNothingBuysNoTime() {
        send(ClientBytes.handshake(), client.connect());
        after(9);
        send(client.message(new CommandMessage("FCUnpublish", 4, null, java.util.List.of(TestContext.KEY), 0)));
        after(1);

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).containsExactly(Map.entry(ConnectionDrop.START_TIMEOUT, 1));
    }

    @Test
    void aWrongKeyIsRefusedWithAnAnswerNotAReset() {
        send(ClientBytes.handshake(), client.connect(), client.createStream(), client.publish("not-a-key"));

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).isEmpty();
        assertThat(test.metrics.publishersRefused).isNotEmpty();
    }

    @Test
    void bytesThatAreNotRtmpAreAProtocolError() {
        send("06", filled(1536, 0));

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops()).containsExactly(Map.entry(ConnectionDrop.PROTOCOL_ERROR, 1));
    }
}
