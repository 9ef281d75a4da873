/**
 * Marquee's extension points. Every plugin implements {@link dev.marquee.platform.spi.MarqueePlugin}
 * through one of the kind-specific interfaces in the sub-packages, and declares itself in
 * {@code META-INF/services/<interface name>} so that {@link java.util.ServiceLoader} finds it,
 * whether its JAR sits inside the WAR or in the plugins directory ({@code marquee.plugins.dir}).
 *
 * <p>Found implementations become CDI beans, so a plugin may inject {@code @ConfigProperty} values, CDI
 * events and the services these packages declare as injectable (core implements them). Plugins depend on
 * these packages alone, never on core's other packages or on each other; the build's ArchitectureTest
 * enforces it (docs/plugins.md lists what built-in plugins still reach in core while their seams are
 * published).
 *
 * <p><b>Building against it.</b> These packages are the artifact {@code dev.marquee:marquee-spi} (with a
 * sources and a Javadoc JAR), which exists in a local Maven repository only after {@code mvn install} at the root
 * of a Marquee checkout (the version is the checkout's, {@code 0.1.0-SNAPSHOT} today); the parent POM
 * {@code dev.marquee:marquee-parent} must be installed with it, since it holds the dependency versions.
 * Depend on it with scope {@code provided}, as on the Jakarta EE 10 and MicroProfile 6.1 APIs and
 * everything else Payara Micro and the WAR provide (JSON-P with Parsson, JSON-B with Yasson, Hazelcast,
 * ...; docs/plugins.md lists them). {@link dev.marquee.platform.spi.MarqueePlugin#version()} reads the
 * JAR manifest's {@code Implementation-Version}.
 *
 * <p><b>Values.</b> Make the SPI records a plugin constructs through their builders or factories
 * ({@code TicketRecord.builder()}, {@code Identity.builder(..)}, {@code Playback.of(..)}), not their
 * canonical constructors, which change when a record gains a component.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi;
