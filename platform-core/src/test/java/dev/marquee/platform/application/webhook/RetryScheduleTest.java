package dev.marquee.platform.application.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    private final RetrySchedule defaults = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1));

    @Test
    void doublesFromTheFirstRetryUpToTheLongestWait() {
        assertThat(defaults.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.after(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.after(10)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(defaults.after(11)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.after(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void coversTheDefaultRetryPeriodWithAboutThirtyAttempts() {
        Duration total = Duration.ZERO;
        int attempts = 1;
        while (total.compareTo(Duration.ofHours(24)) < 0) {
            total = total.plus(defaults.after(attempts++));
        }
        assertThat(attempts).isBetween(30, 40);
    }

    @Test
    void neverOverflowsForLongFirstWaits() {
        RetrySchedule days = new RetrySchedule(Duration.ofDays(1), Duration.ofDays(3));
        assertThat(days.after(63)).isEqualTo(Duration.ofDays(3));
        assertThat(days.after(2)).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void refusesANonPositiveFirstRetry() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
