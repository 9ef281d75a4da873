package dev.marquee.plugin.interaction.live;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks on an executor, one at a time and in order per key (a connection), different keys in
 * parallel. A key's lane is forgotten once it runs dry. A task that throws is logged and does not stop
 * its lane. Thread-safe.
 */
final class Lanes {

    private static final Logger LOG = Logger.getLogger(Lanes.class.getName());

    private final Executor executor;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    Lanes(Executor executor) {
        this.executor = executor;
    }

    void run(String key, Runnable task) {
        CompletableFuture<Void> next = tails.compute(key, (k, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                        .thenRunAsync(() -> safely(task), executor));
        next.whenComplete((v, e) -> tails.remove(key, next));
    }

    private static void safely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Interaction work failed", e);
        }
    }
}
