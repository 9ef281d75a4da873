package dev.marquee.platform.domain.model.viewing;

import java.time.Instant;

/** What changed of a stored viewing since the last batch: its bytes, when it was last known to play, its end. */
public record ViewingUpdate(String id, long bytes, Instant lastSeenAt, Instant endedAt) {
}
