/**
 * Facts that core and plugins announce to each other as CDI events, fired with
 * {@code Event.fireAsync} and observed with {@code @ObservesAsync} (except {@code PlatformStarted},
 * observed synchronously once at start); a plugin never calls another plugin.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.events;
