package dev.marquee.platform.application.webhook;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveredBatchTest {

    private final List<List<DeliveredMessage>> written = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-06T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final DeliveredBatch batch = new DeliveredBatch(3, Duration.ofMillis(500), clock, list -> {
        written.add(list);
        return list.size();
    });

    private static DeliveredMessage delivered(long id) {
        return new DeliveredMessage(id, "token", 204);
    }

    @Test
    void writesOnceTheBatchIsFull() {
        assertThat(batch.add(delivered(1))).isZero();
        assertThat(batch.add(delivered(2))).isZero();
        assertThat(written).isEmpty();
        assertThat(batch.add(delivered(3))).isEqualTo(3);
        assertThat(written).hasSize(1);
        assertThat(written.get(0)).extracting(DeliveredMessage::deliveryId).containsExactly(1L, 2L, 3L);
        assertThat(batch.waiting()).isZero();
    }

    @Test
    void writesWhenTheOldestHasWaitedLongEnough() {
        batch.add(delivered(1));
        now = now.plusMillis(499);
        assertThat(batch.add(delivered(2))).isZero();
        now = now.plusMillis(1);
        assertThat(batch.add(delivered(3))).isEqualTo(3);
    }

    @Test
    void flushWritesWhatWaitsAndNothingWhenEmpty() {
        batch.add(delivered(1));
        assertThat(batch.flush()).isEqualTo(1);
        assertThat(batch.flush()).isZero();
        assertThat(written).hasSize(1);
    }

    @Test
    void groupsByClaimAndAnswer() {
        assertThat(new DeliveredMessage(1, "a", 200).group()).isEqualTo(new DeliveredMessage(2, "a", 200).group());
        assertThat(new DeliveredMessage(1, "a", 200).group()).isNotEqualTo(new DeliveredMessage(1, "a", 204).group());
        assertThat(new DeliveredMessage(1, "a", 200).group()).isNotEqualTo(new DeliveredMessage(1, "b", 200).group());
    }
}
