package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.spi.cluster.ClusterCalls;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Waits for a grid call at most a bounded time. A member that hangs (rather than dies) keeps the keys it
 * owns until the grid's heartbeat timeout removes it; callers must not hang with it, so they take
 * {@link Optional#empty()} and fall back to what this instance knows. Core's name for the plugin API's
 * {@link ClusterCalls}, which does the waiting.
 */
public final class GridCalls {

    /** What a request thread waits for the grid at most. */
    public static final Duration DEFAULT_WAIT = ClusterCalls.DEFAULT_WAIT;

    private GridCalls() {
    }

    /** The call's result, or empty when it failed or took longer than {@code wait}. */
    public static <T> Optional<T> await(CompletionStage<T> call, Duration wait, String what) {
        return ClusterCalls.await(call, wait, what);
    }
}
