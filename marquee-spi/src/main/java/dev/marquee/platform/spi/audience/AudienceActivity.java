package dev.marquee.platform.spi.audience;

import java.time.Instant;
import java.util.Map;

/**
 * Something the audience does on a stage that a plugin can count (chat messages, questions, poll
 * votes), for attendance reports. A plugin provides it as an application-scoped CDI bean; core finds
 * every one the way it finds {@link dev.marquee.platform.spi.stage.StageFrameHandler}s.
 *
 * <p>Called on a request thread, inside core's read transaction: run one counting query.
 *
 * @since 0.1.0
 */
public interface AudienceActivity {

    /**
     * What happened on the stage within {@code [from, to)}, by kind, e.g. {@code {"chatMessages": 42}}.
     * Kinds are lowerCamelCase and stable: they become attendance columns. A kind the plugin counts is
     * present even when its count is 0.
     */
    Map<String, Long> activity(long stageId, Instant from, Instant to);
}
