package dev.marquee.plugin.chat.room;

import dev.marquee.platform.infrastructure.cluster.DefaultClusterTopics;
import dev.marquee.platform.infrastructure.cluster.GridMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Two real grid members, each with its own bus: every signal reaches each instance once, in order. */
class GridChatBusTest {

    private static GridMembers members;

    @BeforeAll
    static void startGrid() {
        members = GridMembers.started(2);
    }

    @AfterAll
    static void stopGrid() {
        members.close();
    }

    /** An instance's delivery that records what reached it. */
    private static final class Recorder extends LocalDelivery {
        final List<RoomSignal> received = new CopyOnWriteArrayList<>();

        @Override
        public void warmUp() {
            // nothing to create
        }

        @Override
        public void apply(RoomSignal signal) {
            received.add(signal);
        }
    }

    private static GridChatBus bus(int member, Recorder recorder) {
        GridChatBus bus = new GridChatBus();
        bus.topics = new DefaultClusterTopics(members.grid(member));
        bus.delivery = recorder;
        bus.listen();
        return bus;
    }

    @Test
    void eachSignalReachesEveryInstanceExactlyOnceAndInOrder() throws InterruptedException {
        Recorder onA = new Recorder();
        Recorder onB = new Recorder();
        GridChatBus busA = bus(0, onA);
        GridChatBus busB = bus(1, onB);
        try {
            IntStream.range(0, 200).forEach(i -> busA.send(RoomSignal.message("stage:1", i, "{\"n\":" + i + "}")));
            busB.send(RoomSignal.revoked("attendee:7"));

            waitFor(() -> onA.received.size() == 201 && onB.received.size() == 201);
            Thread.sleep(300);
            assertThat(onA.received).hasSize(201);
            assertThat(onB.received).hasSize(201);
            for (Recorder r : List.of(onA, onB)) {
                assertThat(r.received.stream().filter(s -> s.change() == RoomSignal.Change.MESSAGE)
                        .mapToLong(RoomSignal::messageId)).containsExactlyElementsOf(
                        IntStream.range(0, 200).mapToObj(Long::valueOf).toList());
                assertThat(r.received).contains(RoomSignal.revoked("attendee:7"));
            }
        } finally {
            busA.stop();
            busB.stop();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
