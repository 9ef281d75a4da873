/**
 * A plugin's own data: {@link dev.marquee.platform.spi.persistence.PluginData} runs SQL on the plugin's tables in
 * Marquee's database, joining the caller's transaction, with no JDBC boilerplate.
 */
package dev.marquee.platform.spi.persistence;
