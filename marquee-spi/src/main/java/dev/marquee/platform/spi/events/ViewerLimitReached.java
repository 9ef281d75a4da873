package dev.marquee.platform.spi.events;

import java.time.Instant;

/**
 * A person asked to play one stream more than their event's {@code maxConcurrentStreams} allows, and
 * the playback was refused. Fired by core, asynchronously, on the instance that refused it; at most
 * once per person and stage a minute, so a player retrying in a loop does not flood observers.
 *
 * @param eventId the event whose limit was reached
 * @param stageId the stage the refused playback asked for
 * @param subject the person (an account, attendee or guest subject)
 * @param limit the event's limit
 * @param open how many streams the person had open when refused
 *
 * @since 0.1.0
 */
public record ViewerLimitReached(long eventId, long stageId, String subject, int limit, int open, Instant at) {
}
