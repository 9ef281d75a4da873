package dev.marquee.platform.infrastructure.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Waits for a grid call at most a bounded time. A member that hangs (rather than dies) keeps the keys it
 * owns until the grid's heartbeat timeout removes it; callers must not hang with it, so they take
 * {@link Optional#empty()} and fall back to what this instance knows.
 */
public final class GridCalls {

    private static final Logger LOG = Logger.getLogger(GridCalls.class.getName());

    /** What a request thread waits for the grid at most. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

    private GridCalls() {
    }

    /** The call's result, or empty when it failed or took longer than {@code wait}. */
    public static <T> Optional<T> await(CompletionStage<T> call, Duration wait, String what) {
        try {
            return Optional.ofNullable(call.toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            LOG.warning(() -> "The data grid did not answer within " + wait.toMillis() + " ms: " + what);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | RuntimeException e) {
            LOG.log(Level.WARNING, "A data grid call failed: " + what, e instanceof ExecutionException ? e.getCause() : e);
            return Optional.empty();
        }
    }
}
