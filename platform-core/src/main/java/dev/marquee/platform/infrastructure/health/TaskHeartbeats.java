package dev.marquee.platform.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When each periodic task (the mail dispatcher, the ticket poller) last showed signs of life. A task
 * says how often it runs ({@link #expect}) and beats when a pass starts and when it ends; it counts as
 * stuck once it has not beaten for {@value #MISSED_RUNS} of its intervals plus {@link #GRACE} (a
 * single pass may legitimately take minutes: a large import). Thread-safe.
 */
@ApplicationScoped
public class TaskHeartbeats {

    static final int MISSED_RUNS = 3;
    static final Duration GRACE = Duration.ofMinutes(10);

    private record Beat(Duration interval, Instant last) {
    }

    private final Map<String, Beat> tasks = new ConcurrentHashMap<>();
    private final Clock clock;

    public TaskHeartbeats() {
        this(Clock.systemUTC());
    }

    TaskHeartbeats(Clock clock) {
        this.clock = clock;
    }

    /** The task runs every {@code interval} from now on; counts as a beat. */
    public void expect(String task, Duration interval) {
        tasks.put(task, new Beat(interval, clock.instant()));
    }

    /** The task no longer runs (it was stopped on purpose): no longer watched. */
    public void forget(String task) {
        tasks.remove(task);
    }

    public void beat(String task) {
        tasks.computeIfPresent(task, (name, beat) -> new Beat(beat.interval(), clock.instant()));
    }

    /**
     * Runs {@code pass} as the task {@code task} every {@code interval} (a fixed delay, the first after one
     * interval) on {@code scheduler}: expected from now on, beating as each pass starts and ends. A pass
     * that throws is logged as {@code failure} and the next runs as planned, so the liveness check sees
     * a task that stopped, not one that failed once. Cancel the answer to stop.
     */
    public ScheduledFuture<?> runEvery(String task, Duration interval, ScheduledExecutorService scheduler,
                                       Runnable pass, Logger log, String failure) {
        expect(task, interval);
        return scheduler.scheduleWithFixedDelay(() -> {
            beat(task);
            try {
                pass.run();
            } catch (RuntimeException e) {
                log.log(Level.WARNING, failure, e);
            } finally {
                beat(task);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every expected task with the seconds since its last beat. */
    public Map<String, Long> secondsSinceBeat() {
        Instant now = clock.instant();
        Map<String, Long> out = new TreeMap<>();
        tasks.forEach((name, beat) -> out.put(name, Duration.between(beat.last(), now).toSeconds()));
        return out;
    }

    /** The tasks that missed their beats, by name. */
    public Map<String, Long> stuck() {
        Instant now = clock.instant();
        Map<String, Long> out = new TreeMap<>();
        tasks.forEach((name, beat) -> {
            Duration allowed = beat.interval().multipliedBy(MISSED_RUNS).plus(GRACE);
            Duration since = Duration.between(beat.last(), now);
            if (since.compareTo(allowed) > 0) {
                out.put(name, since.toSeconds());
            }
        });
        return out;
    }
}
