package dev.marquee.platform.spi.audience;

import dev.marquee.platform.spi.MarqueePlugin;

import java.time.Instant;
import java.util.Map;

/**
 * A plugin whose audience does something countable on a stage (chat messages, questions, reactions),
 * for attendance reports. Implemented by the plugin class itself; core finds it among the plugins.
 *
 * <p>Called on a request thread, inside no transaction of core's: run the plugin's own query.
 */
public interface AudienceActivity extends MarqueePlugin {

    /**
     * What happened on the stage within {@code [from, to)}, by kind, e.g. {@code {"chatMessages": 42}}.
     * Kinds are lowerCamelCase and stable: they become attendance columns.
     */
    Map<String, Long> activity(long stageId, Instant from, Instant to);
}
