/**
 * A plugin's own data: {@link dev.marquee.platform.spi.persistence.PluginData} runs SQL on the plugin's tables in
 * Marquee's database, joining the caller's transaction, with no JDBC boilerplate.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.persistence;
