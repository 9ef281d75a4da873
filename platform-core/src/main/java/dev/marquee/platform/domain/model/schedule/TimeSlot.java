package dev.marquee.platform.domain.model.schedule;

import java.time.Duration;
import java.time.Instant;

/** A half-open interval of time, {@code [startsAt, endsAt)}. */
public record TimeSlot(Instant startsAt, Instant endsAt) {

    public TimeSlot {
        if (startsAt == null || endsAt == null) {
            throw new IllegalArgumentException("A session needs a start and an end");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A session must end after it starts");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
    }

    public boolean overlaps(TimeSlot other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }
}
