package dev.marquee.platform.spi.web;

/**
 * Answers one request to a {@link PluginRoute}. Called on a request thread, many at once: implementations
 * must be thread-safe. Refuse with {@link Problem}; any other exception becomes a 500 whose body says
 * nothing of it (the log has it).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PluginHandler {

    PluginResponse handle(PluginRequest request);
}
