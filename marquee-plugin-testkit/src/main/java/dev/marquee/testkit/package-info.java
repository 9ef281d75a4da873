/**
 * The plugin test kit ({@code dev.marquee:marquee-plugin-testkit}): {@link dev.marquee.testkit.MarqueePluginTest}
 * boots the real {@code marquee.war} on Payara Micro with the plugin under test in its plugins directory,
 * on H2 or PostgreSQL, and hands the test a {@link dev.marquee.testkit.Marquee} with API clients and
 * fixtures. Marquee's own system tests run on the same {@link dev.marquee.testkit.MarqueeServer}.
 */
package dev.marquee.testkit;
