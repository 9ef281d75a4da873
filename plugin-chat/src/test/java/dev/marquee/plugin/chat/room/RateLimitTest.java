package dev.marquee.plugin.chat.room;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsABurstThenTheSteadyRate() {
        RateLimit limit = new RateLimit(3, 1, 0);
        assertThat(limit.tryTake(0)).isTrue();
        assertThat(limit.tryTake(0)).isTrue();
        assertThat(limit.tryTake(0)).isTrue();
        assertThat(limit.tryTake(0)).isFalse();
        assertThat(limit.secondsToNext()).isEqualTo(1.0);
        assertThat(limit.tryTake(SECOND / 2)).isFalse();
        assertThat(limit.tryTake(SECOND)).isTrue();
        assertThat(limit.tryTake(10 * SECOND)).isTrue();
        assertThat(limit.tryTake(10 * SECOND)).isTrue();
        assertThat(limit.tryTake(10 * SECOND)).isTrue();
        assertThat(limit.tryTake(10 * SECOND)).isFalse();
    }
}
