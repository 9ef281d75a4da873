package dev.marquee.platform.spi.events;

/**
 * A stage was deleted, after its transaction committed. Fired by core.
 *
 * @since 0.1.0
 */
public record StageRemoved(long stageId, long eventId) {
}
