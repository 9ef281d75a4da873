package dev.marquee.plugin.rtmp.server;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrong RTMP limits stop the listener with a message that names the key, instead of misbehaving later. */
class ConnectionLimitsTest {

    private static final Duration TEN = Duration.ofSeconds(10);
    private static final int MIB = 1024 * 1024;

    @Test
    void theDefaultsAreValidAndTheDecoderStartsWithTheSmallBudget() {
        ConnectionLimits limits = new ConnectionLimits(2000, 200, 20, TEN, Duration.ofSeconds(30), 65_536, 8 * MIB,
                65_536, 10 * MIB);

        assertThat(limits.chunks().maxUnfinishedBytes()).isEqualTo(65_536);
        assertThat(limits.chunks().maxChunkSize()).isEqualTo(65_536);
        assertThat(limits.chunks().maxMessageSize()).isEqualTo(8 * MIB);
    }

    @Test
    void aPublishingBudgetThatCannotHoldTheLongestMessageIsRefused() {
        assertThatThrownBy(() -> new ConnectionLimits(2000, 200, 20, TEN, TEN, 65_536, 8 * MIB, 65_536, 4 * MIB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("marquee.rtmp.max-unfinished-bytes-publishing");
    }

    @Test
    void aCommandBudgetLargerThanThePublishingOneIsRefused() {
        assertThatThrownBy(() -> new ConnectionLimits(2000, 200, 20, TEN, TEN, 65_536, 8 * MIB, 20 * MIB, 10 * MIB))
                .hasMessageContaining("marquee.rtmp.max-unfinished-bytes");
    }

    @Test
    void zeroLimitsAndTimeoutsAreRefused() {
        assertThatThrownBy(() -> new ConnectionLimits(2000, 200, 0, TEN, TEN, 65_536, 8 * MIB, 65_536, 10 * MIB))
                .hasMessageContaining("marquee.rtmp.max-connections-per-address");
        assertThatThrownBy(() -> new ConnectionLimits(2000, 200, 20, Duration.ZERO, TEN, 65_536, 8 * MIB, 65_536, 10 * MIB))
                .hasMessageContaining("marquee.rtmp.start-timeout");
    }
}
