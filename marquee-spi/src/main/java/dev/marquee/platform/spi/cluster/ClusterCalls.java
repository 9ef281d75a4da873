package dev.marquee.platform.spi.cluster;

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
 * owns until the grid's heartbeat timeout removes it; a caller must not hang with it, so it takes
 * {@link Optional#empty()} and falls back to what this instance knows.
 *
 * <p><b>Threading.</b> {@link #await} blocks the calling thread up to the wait: call it from a request
 * thread or one of your own, never from an event loop or a grid callback.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0.
 *
 * @since 0.1.0
 */
public final class ClusterCalls {

    /** What a request thread waits for the grid at most. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(ClusterCalls.class.getName());

    private ClusterCalls() {
    }

    /**
     * The call's result; empty when it failed (logged), completed with null, or took longer than
     * {@code wait} (logged; the call itself goes on). An interrupted wait answers empty and keeps the
     * thread's interrupt flag.
     *
     * @param what what the call does, for the log ("claim the origin of stage 7")
     */
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
