package dev.marquee.platform.spi.schedule;

import java.time.Duration;

/**
 * Runs a plugin's periodic work. Inject it ({@code @Inject PluginTasks tasks;}), start each task when your
 * bean starts (an observer of {@code PlatformStarted}, or {@code @PostConstruct} of an eagerly used bean) and
 * close it when the bean stops ({@code @PreDestroy}).
 *
 * <p><b>What core does for a task.</b> Each pass runs on the application server's managed scheduler, in the
 * application's context (CDI, transactions, JNDI work as in a request). Passes of one task never overlap:
 * the next starts {@code interval} after the previous ended (fixed delay), the first one {@code interval}
 * after {@link #every}. A pass that throws is logged with the task's name and the next one runs as planned.
 * The task is watched: {@code /health/live} reports it as stuck (and the instance as not live) once it has
 * not started or finished a pass for three intervals plus ten minutes, so a pass that hangs on an outside
 * service is noticed; bound your own waits.
 *
 * <p><b>Per instance.</b> Every instance of a cluster runs its own tasks. Work that must happen once per
 * cluster takes a lock of its own (a row in the plugin's table, or a
 * {@link dev.marquee.platform.spi.cluster.ClusterTopics cluster} message).
 *
 * <p><b>Names</b> start with the plugin's id and a dot ({@code my-plugin.poll}): lower-case letters, digits
 * and dashes in two or more dot-separated parts. They show in the log and in the liveness check; one name
 * runs at most once at a time on an instance.
 *
 * <p><b>Threading.</b> Thread-safe; {@link #every} does not block.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0.
 *
 * @since 0.1.0
 */
public interface PluginTasks {

    /** The shortest interval a task may have. */
    Duration SHORTEST = Duration.ofSeconds(1);

    /** The longest interval a task may have. */
    Duration LONGEST = Duration.ofDays(1);

    /**
     * Runs {@code pass} every {@code interval} from now on, as described above.
     *
     * @throws IllegalArgumentException when the name is not of the form above, when a task of that name
     *                                  already runs on this instance, or when the interval is shorter than
     *                                  {@link #SHORTEST} or longer than {@link #LONGEST}
     */
    PluginTask every(String name, Duration interval, Runnable pass);
}
