package dev.marquee.platform.spi.events;

/** A stage was deleted, after its transaction committed. Fired by core. */
public record StageRemoved(long stageId, long eventId) {
}
