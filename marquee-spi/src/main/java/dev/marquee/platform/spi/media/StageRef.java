package dev.marquee.platform.spi.media;

import dev.marquee.platform.spi.settings.Settings;

/**
 * What a provider knows of a stage: its identity within its event and its validated settings.
 *
 * @since 0.1.0
 */
public record StageRef(long id, long eventId, String eventSlug, String slug, String name, Settings settings) {
}
