package dev.marquee.platform.spi.events;

import java.time.Instant;

/**
 * A scheduled session's replay can be watched: its session ended and its stage's recording covers it.
 * Fired once per session (again only if an organizer publishes it after unpublishing), asynchronously.
 *
 * @param sessionId the scheduled session
 * @param stageId its stage
 * @param eventId its event
 * @param durationSeconds how long the replay is
 *
 * @since 0.1.0
 */
public record ReplayReady(long sessionId, long stageId, long eventId, long durationSeconds, Instant at) {
}
