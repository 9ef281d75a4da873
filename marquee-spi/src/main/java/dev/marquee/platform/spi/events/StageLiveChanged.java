package dev.marquee.platform.spi.events;

import java.time.Instant;

/**
 * A stage went on or off air (a publisher started or stopped). Fired by media providers.
 *
 * @since 0.1.0
 */
public record StageLiveChanged(long stageId, boolean live, Instant at) {
}
