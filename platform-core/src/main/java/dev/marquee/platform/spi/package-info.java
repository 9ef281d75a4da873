/**
 * Marquee's extension points. Every plugin implements {@link dev.marquee.platform.spi.MarqueePlugin}
 * through one of the kind-specific interfaces in the sub-packages, and declares itself in
 * {@code META-INF/services/<interface name>} so that {@link java.util.ServiceLoader} finds it,
 * whether its JAR sits inside the WAR or in the plugins directory ({@code marquee.plugins.dir}).
 *
 * <p>Found implementations become CDI beans, so a plugin may inject {@code @ConfigProperty} values,
 * core application services and CDI events. Plugins depend on this package and on
 * {@code dev.marquee.platform.application}, never on each other.
 */
package dev.marquee.platform.spi;
