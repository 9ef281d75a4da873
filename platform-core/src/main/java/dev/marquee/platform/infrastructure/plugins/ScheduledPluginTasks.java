package dev.marquee.platform.infrastructure.plugins;

import dev.marquee.platform.infrastructure.cluster.PluginStructures;
import dev.marquee.platform.infrastructure.health.TaskHeartbeats;
import dev.marquee.platform.spi.schedule.PluginTask;
import dev.marquee.platform.spi.schedule.PluginTasks;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;

/**
 * Core's {@link PluginTasks}: a plugin's task runs through {@link TaskHeartbeats#runEvery} on the managed
 * scheduler, like core's own periodic work, and is watched by the liveness check under
 * {@value PluginStructures#PREFIX}{@code <name>}, so a plugin's task can never stand for one of core's.
 */
@ApplicationScoped
public class ScheduledPluginTasks implements PluginTasks {

    private static final Logger LOG = Logger.getLogger(ScheduledPluginTasks.class.getName());

    @Resource
    ManagedScheduledExecutorService managed;

    @Inject
    TaskHeartbeats heartbeats;

    private ScheduledExecutorService scheduler;
    /** The tasks running, by name; guarded by itself. */
    private final Map<String, Running> running = new HashMap<>();

    public ScheduledPluginTasks() {
    }

    /** Tasks on a given scheduler (tests). */
    ScheduledPluginTasks(ScheduledExecutorService scheduler, TaskHeartbeats heartbeats) {
        this.scheduler = scheduler;
        this.heartbeats = heartbeats;
    }

    @Override
    public PluginTask every(String name, Duration interval, Runnable pass) {
        String watched = PluginStructures.structure(name, "task");
        if (interval == null || interval.compareTo(SHORTEST) < 0 || interval.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("A task runs every " + SHORTEST.toSeconds() + " s to "
                    + LONGEST.toDays() + " day, not every " + interval);
        }
        if (pass == null) {
            throw new IllegalArgumentException("A task needs something to run");
        }
        synchronized (running) {
            if (running.containsKey(name)) {
                throw new IllegalArgumentException("The task " + name + " already runs on this instance");
            }
            Running task = new Running(name, interval, heartbeats.runEvery(watched, interval, scheduler(), pass,
                    LOG, "A pass of the plugin task " + name + " failed; the next runs as planned"));
            running.put(name, task);
            return task;
        }
    }

    private ScheduledExecutorService scheduler() {
        return scheduler != null ? scheduler : managed;
    }

    private final class Running implements PluginTask {

        private final String name;
        private final Duration interval;
        private final ScheduledFuture<?> future;

        Running(String name, Duration interval, ScheduledFuture<?> future) {
            this.name = name;
            this.interval = interval;
            this.future = future;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Duration interval() {
            return interval;
        }

        @Override
        public void close() {
            synchronized (running) {
                if (running.remove(name, this)) {
                    future.cancel(false);
                    heartbeats.forget(PluginStructures.PREFIX + name);
                }
            }
        }
    }
}
