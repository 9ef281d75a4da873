package dev.marquee.plugin.chat.stage;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs tasks on an executor one at a time per key (a stage), in the order they were given. */
final class SerialLanes {

    private static final Logger LOG = Logger.getLogger(SerialLanes.class.getName());

    private final Executor executor;
    private final Map<Long, ArrayDeque<Runnable>> lanes = new HashMap<>();

    SerialLanes(Executor executor) {
        this.executor = executor;
    }

    void run(long key, Runnable task) {
        synchronized (lanes) {
            ArrayDeque<Runnable> lane = lanes.get(key);
            if (lane != null) {
                lane.add(task);
                return;
            }
            lanes.put(key, new ArrayDeque<>());
        }
        executor.execute(() -> drain(key, task));
    }

    private void drain(long key, Runnable first) {
        Runnable next = first;
        while (next != null) {
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A forwarded stage call failed", e);
            }
            synchronized (lanes) {
                ArrayDeque<Runnable> lane = lanes.get(key);
                next = lane.poll();
                if (next == null) {
                    lanes.remove(key);
                }
            }
        }
    }
}
