/**
 * Plugin discovery, one mechanism for every extension point: {@link java.util.ServiceLoader} over a
 * class loader that sees the WAR and the JARs of the plugins directory ({@code marquee.plugins.dir},
 * default {@code ./plugins}). A CDI extension makes every implementation found a bean, so plugins
 * get injection whether they were packed in the WAR or dropped in the directory.
 */
package dev.marquee.platform.infrastructure.plugins;
