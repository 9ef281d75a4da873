package dev.marquee.platform.application.signin;

import dev.marquee.platform.spi.auth.SessionGuard;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Core's {@link SessionGuard}: the database says which sessions are active, so every instance learns
 * of an ending the same way, wherever it happened. Every {@value #SWEEP_MILLIS} ms this instance asks
 * which of the sessions with something open here, or asked about lately ({@link #active}, on every
 * HLS request), are still active (one query per 500 sessions), ends what belongs to the others and
 * refreshes its cache; an ending on this instance (sign-out, revocation, the device limit) runs at
 * once after its commit. So requests are answered from the cache, and an ending is seen within a
 * sweep.
 */
@ApplicationScoped
public class SessionSweep implements SessionGuard {

    static final long SWEEP_MILLIS = 2_000;
    /** How long a cached answer holds: two sweeps, so a sweep that is late does not send every request to the database. */
    static final long FRESH_MILLIS = 2 * SWEEP_MILLIS;
    /** How long a session asked about is kept fresh by the sweeps after the last time it was asked. */
    static final long ASKED_MILLIS = 5 * SWEEP_MILLIS;
    private static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(SessionSweep.class.getName());

    @Inject
    ActiveSessions sessions;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Clock clock = Clock.systemUTC();
    private final Map<Long, Set<Registration>> watched = new ConcurrentHashMap<>();
    private final Map<Long, Checked> cache = new ConcurrentHashMap<>();
    private final Map<Long, Long> asked = new ConcurrentHashMap<>();
    private ScheduledFuture<?> task;

    private record Checked(boolean active, long at) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        task = scheduler.scheduleWithFixedDelay(this::sweepSafely, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    @Override
    public boolean active(long sessionId) {
        long now = clock.millis();
        asked.put(sessionId, now);
        Checked checked = cache.get(sessionId);
        if (checked != null && now - checked.at < FRESH_MILLIS) {
            return checked.active;
        }
        boolean active = !sessions.among(List.of(sessionId), clock.instant()).isEmpty();
        cache.put(sessionId, new Checked(active, now));
        return active;
    }

    @Override
    public Watch watch(long sessionId, Runnable onEnd) {
        Registration registration = new Registration(sessionId, onEnd);
        watched.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(registration);
        if (!active(sessionId)) {
            ended(List.of(sessionId));
        }
        return registration;
    }

    /** Sessions that ended on this instance: what is open for them ends now, and the cache knows. */
    public void ended(Collection<Long> sessionIds) {
        long now = clock.millis();
        for (long id : sessionIds) {
            cache.put(id, new Checked(false, now));
            Set<Registration> registrations = watched.remove(id);
            if (registrations != null) {
                registrations.forEach(Registration::fire);
            }
        }
    }

    /** One sweep: which watched or lately asked sessions are no longer active. */
    void sweep() {
        long now = clock.millis();
        asked.values().removeIf(at -> now - at > ASKED_MILLIS);
        cache.keySet().removeIf(id -> !asked.containsKey(id) && !watched.containsKey(id));
        Set<Long> wanted = new java.util.HashSet<>(watched.keySet());
        wanted.addAll(asked.keySet());
        List<Long> ids = new ArrayList<>(wanted);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Set<Long> active = sessions.among(chunk, clock.instant());
            List<Long> gone = chunk.stream().filter(id -> !active.contains(id)).toList();
            chunk.stream().filter(active::contains).forEach(id -> cache.put(id, new Checked(true, now)));
            if (!gone.isEmpty()) {
                ended(gone);
            }
        }
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check which sessions ended; trying again shortly", e);
        }
    }

    /** A watch; fires at most once. */
    private final class Registration implements Watch {
        private final long sessionId;
        private final Runnable onEnd;
        private final AtomicBoolean done = new AtomicBoolean();

        Registration(long sessionId, Runnable onEnd) {
            this.sessionId = sessionId;
            this.onEnd = onEnd;
        }

        void fire() {
            if (done.compareAndSet(false, true)) {
                try {
                    onEnd.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Closing what a session had open failed", e);
                }
            }
        }

        @Override
        public void close() {
            if (done.compareAndSet(false, true)) {
                Set<Registration> registrations = watched.get(sessionId);
                if (registrations != null) {
                    registrations.remove(this);
                    watched.computeIfPresent(sessionId, (id, set) -> set.isEmpty() ? null : set);
                }
            }
        }
    }
}
