package dev.marquee.plugin.twilio.stage;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a publication at most once per interval however often it is requested: the first request
 * after a quiet spell is published at once, later ones are folded into one run at the interval's
 * end. With a zero interval (tests) every request publishes at once, on the caller's thread.
 */
public final class Coalescer {

    private final ScheduledExecutorService scheduler;
    private final long intervalMillis;
    private final Runnable publish;
    private boolean pending;
    private long lastRun;

    public Coalescer(ScheduledExecutorService scheduler, Duration interval, Runnable publish) {
        this.scheduler = scheduler;
        this.intervalMillis = interval.toMillis();
        this.publish = publish;
    }

    /** Asks for a publication; returns at once. */
    public void request() {
        if (intervalMillis <= 0 || scheduler == null) {
            publish.run();
            return;
        }
        long wait;
        synchronized (this) {
            if (pending) {
                return;
            }
            pending = true;
            wait = Math.max(0, lastRun + intervalMillis - System.currentTimeMillis());
        }
        scheduler.schedule(this::run, wait, TimeUnit.MILLISECONDS);
    }

    private void run() {
        synchronized (this) {
            pending = false;
            lastRun = System.currentTimeMillis();
        }
        publish.run();
    }
}
