package dev.marquee.platform.spi.stage;

import dev.marquee.platform.spi.media.StageRef;

import java.util.Optional;

/**
 * Stages by id, as core hands them to providers: for a plugin that is reached about a stage (a socket,
 * a callback) before core has told it of the stage since this instance started. Core implements it;
 * plugins inject it: {@code @Inject StageDirectory stages;}.
 *
 * <p>Each call reads the database in a transaction of its own, so the answer is current, and costs a
 * query: keep what you learn (a provider also learns its stages from core's calls, such as
 * {@code provision} and {@code playback}) rather than asking on every message.
 *
 * <p><b>Threading.</b> Thread-safe; blocks for the query, so call it from a request or background
 * thread, never from an event loop.
 *
 * @since 0.1.0
 */
public interface StageDirectory {

    /** The stage with this id, whichever media provider it has; empty when there is none. */
    Optional<StageRef> find(long stageId);

    /**
     * The stage with this id when its media provider is {@code providerId} ({@code MarqueePlugin.id()}):
     * how a provider finds its own stages. Empty when there is no such stage or another provider has it.
     */
    Optional<StageRef> findProvidedBy(long stageId, String providerId);
}
