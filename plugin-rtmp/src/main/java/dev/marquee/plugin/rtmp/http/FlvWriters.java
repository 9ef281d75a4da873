package dev.marquee.plugin.rtmp.http;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes HTTP-FLV viewers' queued packets to their sockets in batches: viewers with packets waiting
 * are written every {@value #TICK_MILLIS} ms, all their waiting tags in one write, so a 30 fps stream
 * costs about 20 socket writes per viewer per second instead of 70. A new viewer is written at once
 * (its GOP cache), so playback starts without waiting for a tick. A couple of plain threads do it,
 * never the publisher's: writing to a thousand sockets must not delay the stream.
 */
@ApplicationScoped
public class FlvWriters {

    static final long TICK_MILLIS = 50;
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final ConcurrentLinkedQueue<FlvViewer> due = new ConcurrentLinkedQueue<>();
    private ScheduledExecutorService threads;

    @PostConstruct
    void start() {
        AtomicInteger n = new AtomicInteger();
        threads = Executors.newScheduledThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "marquee-flv-writer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < THREADS; i++) {
            threads.scheduleWithFixedDelay(this::writeDue, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** The viewer has packets waiting: write them at the next tick. */
    void due(FlvViewer viewer) {
        due.add(viewer);
    }

    /** Runs a viewer's task now on a writer thread (its first write, its end, its disconnection). */
    void run(Runnable task) {
        threads.execute(task);
    }

    private void writeDue() {
        int n = due.size();
        for (int i = 0; i < n; i++) {
            FlvViewer viewer = due.poll();
            if (viewer == null) {
                return;
            }
            viewer.write();
        }
    }
}
