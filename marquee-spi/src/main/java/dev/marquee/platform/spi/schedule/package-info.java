/**
 * Periodic work of a plugin (a poll of an outside service, a clean-up), run by core on the application
 * server's managed scheduler and watched by Marquee's liveness check. Core implements
 * {@link dev.marquee.platform.spi.schedule.PluginTasks}; plugins inject it.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.schedule;
