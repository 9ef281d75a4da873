package dev.marquee.platform.application.webhook;

import java.time.Duration;

/**
 * When a failed message is tried again: {@code first} after the first failed attempt, twice as long
 * after each further one, never longer than {@code max} (by default 5 s, 10 s, 20 s, ... up to an
 * hour; the retry period, 24 h by default, ends the retries).
 */
public record RetrySchedule(Duration first, Duration max) {

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("The first retry must be positive and not longer than the longest wait");
        }
    }

    /** The wait after {@code failedAttempts} attempts have failed (1 for the first). */
    public Duration after(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        long firstMillis = first.toMillis();
        if (doublings >= Long.numberOfLeadingZeros(firstMillis) - 1) {
            return max;
        }
        long millis = firstMillis << doublings;
        return millis >= max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
