package dev.marquee.platform.interfaces.rest.recording;

import java.time.Instant;

/** A past session with a replay, in an event's list. */
public record ReplayListItem(long sessionId, long stageId, String stageSlug, String stageName, String title,
        Instant startsAt, Instant endsAt, long durationSeconds, boolean published) {
}
