package dev.marquee.plugin.rtmp.llhls;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Requests waiting for a stream to reach some state (a blocking playlist reload, a hinted part): each
 * is woken once, as soon as a published snapshot satisfies it or when its time is up, on the scheduler's
 * thread and never on the publisher's, which only hands the check over when someone waits.
 */
final class Waiters {

    private final class Waiter {
        final Predicate<LlHlsSnapshot> ready;
        final Runnable wake;
        final AtomicBoolean done = new AtomicBoolean();
        volatile ScheduledFuture<?> timeout;

        Waiter(Predicate<LlHlsSnapshot> ready, Runnable wake) {
            this.ready = ready;
            this.wake = wake;
        }

        void fire() {
            if (done.compareAndSet(false, true)) {
                waiting.remove(this);
                ScheduledFuture<?> t = timeout;
                if (t != null) {
                    t.cancel(false);
                }
                wake.run();
            }
        }
    }

    private final Queue<Waiter> waiting = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService scheduler;
    private final Supplier<LlHlsSnapshot> current;

    Waiters(ScheduledExecutorService scheduler, Supplier<LlHlsSnapshot> current) {
        this.scheduler = scheduler;
        this.current = current;
    }

    /**
     * Runs {@code wake} once the current snapshot satisfies {@code ready} (perhaps at once), or after
     * {@code timeoutMillis} whatever the state.
     */
    void await(Predicate<LlHlsSnapshot> ready, long timeoutMillis, Runnable wake) {
        Waiter waiter = new Waiter(ready, wake);
        waiting.add(waiter);
        waiter.timeout = scheduler.schedule(waiter::fire, timeoutMillis, TimeUnit.MILLISECONDS);
        LlHlsSnapshot now = current.get();
        if (now != null && ready.test(now)) {
            scheduler.execute(waiter::fire);
        }
    }

    /** A new snapshot was published: checks the waiting requests against it, off the caller's thread. */
    void published() {
        if (!waiting.isEmpty()) {
            scheduler.execute(this::check);
        }
    }

    int size() {
        return waiting.size();
    }

    private void check() {
        LlHlsSnapshot now = current.get();
        if (now == null) {
            return;
        }
        for (Waiter waiter : waiting) {
            if (waiter.ready.test(now)) {
                waiter.fire();
            }
        }
    }
}
