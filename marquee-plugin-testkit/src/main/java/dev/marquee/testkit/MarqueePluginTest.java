package dev.marquee.testkit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class against the real Marquee: {@code marquee.war} on Payara Micro in a child process,
 * with the plugin under test in its plugins directory, booted once for the class and stopped after it.
 * Test methods (and {@code @BeforeEach}/{@code @BeforeAll} methods) may take a {@link Marquee} (API
 * clients and fixtures) or the {@link MarqueeServer}.
 *
 * <p>The plugin JAR is {@code marquee.plugin.jar} (the POM sets it to the JAR the build just made; run the
 * test with failsafe, in {@code integration-test}, after {@code package}); the server files come from
 * {@code marquee.server.dir} (docs/plugins.md, "Testing a plugin").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ExtendWith(MarqueeExtension.class)
public @interface MarqueePluginTest {

    TestDatabase database() default TestDatabase.H2;

    /** More environment for the server, as {@code NAME=value} (the plugin's own settings, say). */
    String[] env() default {};
}
