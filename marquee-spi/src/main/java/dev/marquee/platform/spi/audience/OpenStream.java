package dev.marquee.platform.spi.audience;

import java.time.Instant;

/**
 * One stream a person has open, somewhere in the cluster.
 *
 * @since 0.1.0
 */
public record OpenStream(String id, long stageId, String stageName, String device, Instant startedAt) {
}
