package dev.marquee.platform.spi.events;

/**
 * This instance's core is up: the schema is migrated and start-up is done, so the database and the
 * platform secret (and with it the sealed data grid) are usable. Fired by core once per start, on
 * each instance, synchronously ({@code @Observes}): start background work that needs them here (grid
 * listeners, say), not at {@code @Initialized(ApplicationScoped.class)}, which comes before the schema.
 * An observer must not block for long and handles its own failures.
 *
 * @since 0.1.0
 */
public record PlatformStarted() {
}
