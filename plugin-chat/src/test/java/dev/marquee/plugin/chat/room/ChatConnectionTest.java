package dev.marquee.plugin.chat.room;

import jakarta.websocket.CloseReason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ChatConnectionTest {

    /** A socket that records batches and completes them at once or when told. */
    private static final class FakeSocket implements ClientSocket {
        final List<List<String>> batches = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<Consumer<Throwable>> pending = new ArrayList<>();
        boolean later;
        CloseReason closed;

        @Override
        public String id() {
            return "1";
        }

        @Override
        public void write(List<OutboundFrame> frames, Consumer<Throwable> done) {
            batches.add(frames.stream().map(OutboundFrame::text).toList());
            if (later) {
                pending.add(done);
            } else {
                done.accept(null);
            }
        }

        @Override
        public void close(CloseReason reason) {
            closed = reason;
        }

        void completeNext(Throwable error) {
            pending.remove(0).accept(error);
        }
    }

    private static ChatConnection connection(FakeSocket socket, int maxFrames, int maxBytes) {
        return new ChatConnection(socket, new Participant("s", "Ann", "guest", false, true, null), maxFrames, maxBytes,
                new RateLimit(20, 10, 0));
    }

    @Test
    void framesGoOutOneByOneWhileTheTransportTakesThemAtOnce() {
        FakeSocket socket = new FakeSocket();
        ChatConnection c = connection(socket, 10, 1000);
        c.send("a");
        c.send("b");
        assertThat(socket.batches).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void framesQueuedDuringAWriteGoOutAsOneBatchAfterIt() {
        FakeSocket socket = new FakeSocket();
        socket.later = true;
        ChatConnection c = connection(socket, 10, 1000);
        c.send("a");
        c.send("b");
        c.send("c");
        assertThat(socket.batches).containsExactly(List.of("a"));
        socket.completeNext(null);
        assertThat(socket.batches).containsExactly(List.of("a"), List.of("b", "c"));
    }

    @Test
    void framesOfCountsQueuedBehindAWriteAreAddedIntoOneAndOrdinaryFramesAreNot() {
        FakeSocket socket = new FakeSocket();
        socket.later = true;
        ChatConnection c = connection(socket, 3, 1000);
        c.send(burst(1));
        c.send(burst(2));
        c.send("chat");
        c.send(burst(4));
        c.send(burst(8));
        c.send(OutboundFrame.summing("{\"type\":\"other.counts\",\"counts\":{\"x\":1}}"));

        assertThat(socket.closed).as("five frames came, the budget is three: adding up kept it").isNull();
        socket.completeNext(null);
        assertThat(socket.batches).containsExactly(List.of(burst(1).text()),
                List.of("chat", "{\"type\":\"reaction.burst\",\"counts\":{\"👏\":14}}",
                        "{\"type\":\"other.counts\",\"counts\":{\"x\":1}}"));
        socket.completeNext(null);
        c.send(burst(16));
        assertThat(socket.batches).as("a frame already written is never added to").hasSize(3);
        assertThat(socket.batches.get(2)).containsExactly(burst(16).text());
    }

    private static OutboundFrame burst(int claps) {
        return OutboundFrame.summing("{\"type\":\"reaction.burst\",\"counts\":{\"👏\":" + claps + "}}");
    }

    @Test
    void aClientOverItsFrameOrByteBudgetIsClosedAndLeaves() {
        for (int[] budget : new int[][] {{2, 1000}, {100, 8}}) {
            FakeSocket socket = new FakeSocket();
            socket.later = true;
            ChatConnection c = connection(socket, budget[0], budget[1]);
            List<String> left = new ArrayList<>();
            c.onClose(() -> left.add("left"));
            c.onTooSlow(() -> left.add("too slow"));
            c.send("a"); // in flight
            c.send("b"); // queued: 3 bytes on the wire
            c.send("c"); // queued: 6 bytes
            assertThat(socket.closed).isNull();
            c.send("d"); // a third frame, or 9 bytes
            assertThat(socket.closed.getCloseCode()).isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER);
            assertThat(left).containsExactly("too slow", "left");
            c.send("e"); // closed already: neither queued nor counted again
            assertThat(left).containsExactly("too slow", "left");
            socket.completeNext(null);
            assertThat(socket.batches).containsExactly(List.of("a"));
        }
    }

    @Test
    void aFrameBiggerThanTheBudgetStillGoesToAnIdleClient() {
        FakeSocket socket = new FakeSocket();
        connection(socket, 1, 4).send("a long frame");
        assertThat(socket.batches).containsExactly(List.of("a long frame"));
        assertThat(socket.closed).isNull();
    }

    @Test
    void aFailedWriteClosesTheConnection() {
        FakeSocket socket = new FakeSocket();
        socket.later = true;
        ChatConnection c = connection(socket, 10, 1000);
        c.send("a");
        c.send("b");
        socket.completeNext(new java.io.IOException("reset"));
        assertThat(socket.closed.getCloseCode()).isEqualTo(CloseReason.CloseCodes.GOING_AWAY);
        assertThat(socket.batches).hasSize(1);
    }

    @Test
    void aBroadcastEncodesOnceAndLeavesBusyConnectionsToTheirWriter() {
        FakeSocket idle = new FakeSocket();
        FakeSocket busy = new FakeSocket();
        busy.later = true;
        ChatConnection a = connection(idle, 10, 1000);
        ChatConnection b = connection(busy, 10, 1000);
        b.send("first");
        OutboundFrame frame = OutboundFrame.of("hello");
        Fanout.send(List.of(a, b), frame);
        assertThat(idle.batches).containsExactly(List.of("hello"));
        assertThat(busy.batches).containsExactly(List.of("first"));
        busy.completeNext(null);
        assertThat(busy.batches).containsExactly(List.of("first"), List.of("hello"));
    }

    @Test
    void aLargeRoomsWritesAreSharedAndEveryClientStillGetsItsFramesInOrder() throws InterruptedException {
        List<FakeSocket> sockets = new ArrayList<>();
        List<ChatConnection> room = new ArrayList<>();
        for (int i = 0; i < Fanout.SHARE * 3 + 7; i++) {
            FakeSocket socket = new FakeSocket();
            sockets.add(socket);
            room.add(connection(socket, 100, 100_000));
        }
        java.util.Set<String> writerThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int n = 0; n < 20; n++) {
                Fanout.send(room, OutboundFrame.of("m" + n), task -> writers.execute(() -> {
                    writerThreads.add(Thread.currentThread().getName());
                    task.run();
                }));
            }
        } finally {
            writers.shutdown();
            assertThat(writers.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        List<String> expected = java.util.stream.IntStream.range(0, 20).mapToObj(n -> "m" + n).toList();
        for (FakeSocket socket : sockets) {
            synchronized (socket) {
                assertThat(socket.batches.stream().flatMap(List::stream).toList()).isEqualTo(expected);
            }
        }
        assertThat(writerThreads).as("parts went to the writer threads").isNotEmpty();
    }
}
