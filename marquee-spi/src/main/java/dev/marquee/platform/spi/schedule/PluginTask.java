package dev.marquee.platform.spi.schedule;

import java.time.Duration;

/**
 * A task {@link PluginTasks#every} runs. Closing it stops further passes (a pass under way finishes) and
 * takes it off the liveness check; closing twice is harmless. Thread-safe.
 *
 * @since 0.1.0
 */
public interface PluginTask extends AutoCloseable {

    /** The task's name, as given. */
    String name();

    /** How long after one pass ends the next starts. */
    Duration interval();

    @Override
    void close();
}
