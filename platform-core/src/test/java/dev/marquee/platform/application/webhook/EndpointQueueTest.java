package dev.marquee.platform.application.webhook;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointQueueTest {

    private static List<OutgoingMessage> messages(long from, long to) {
        return LongStream.range(from, to).mapToObj(id -> new OutgoingMessage(id, 7, "https://example.org/hooks", "sealed",
                "msg_" + id, "{}", "token", Instant.EPOCH)).toList();
    }

    @Test
    void startsNoMoreLanesThanTheLimitNorThanThereAreMessages() {
        EndpointQueue queue = new EndpointQueue(7);
        queue.add(messages(0, 3));
        assertThat(queue.startLane(8)).isTrue();
        assertThat(queue.startLane(8)).isTrue();
        assertThat(queue.startLane(8)).isTrue();
        assertThat(queue.startLane(8)).as("three messages, three lanes").isFalse();

        queue.add(messages(3, 40));
        int more = 0;
        while (queue.startLane(8)) {
            more++;
        }
        assertThat(more).as("up to the endpoint's limit of 8").isEqualTo(5);
    }

    @Test
    void aLaneTakesMessagesInOrderAndEndsWhenNoneAreLeft() {
        EndpointQueue queue = new EndpointQueue(7);
        queue.add(messages(0, 2));
        assertThat(queue.startLane(8)).isTrue();
        assertThat(queue.take().deliveryId()).isEqualTo(0);
        assertThat(queue.held()).isEqualTo(2);
        assertThat(queue.done()).as("one waiting").isEqualTo(1);
        assertThat(queue.take().deliveryId()).isEqualTo(1);
        assertThat(queue.idle()).isFalse();
        assertThat(queue.done()).isZero();
        assertThat(queue.take()).isNull();
        assertThat(queue.idle()).as("the lane ended, nothing held").isTrue();
    }

    @Test
    void aMessageBeingSentStillCountsAsHeldAndKeepsTheLaneSlot() {
        EndpointQueue queue = new EndpointQueue(7);
        queue.add(messages(0, 1));
        assertThat(queue.startLane(1)).isTrue();
        queue.take();
        queue.add(messages(1, 2));
        assertThat(queue.startLane(1)).as("the one lane allowed is sending").isFalse();
        assertThat(queue.held()).isEqualTo(2);
    }

    @Test
    void aLaneThatCouldNotStartFreesItsSlot() {
        EndpointQueue queue = new EndpointQueue(7);
        queue.add(messages(0, 5));
        assertThat(queue.startLane(1)).isTrue();
        queue.laneNotStarted();
        assertThat(queue.startLane(1)).isTrue();
    }
}
