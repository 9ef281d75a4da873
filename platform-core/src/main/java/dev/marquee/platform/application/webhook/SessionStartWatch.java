package dev.marquee.platform.application.webhook;

import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import dev.marquee.platform.infrastructure.health.TaskHeartbeats;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Notices scheduled sessions whose start time has passed (within the last few check intervals, so a
 * server that was down for a day does not announce yesterday's sessions) and enqueues
 * {@code session.started} for each. Every instance checks; the fact's once-key, inserted in the same
 * transaction as its messages, makes only the first commit count.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SessionStartWatch {

    private static final Logger LOG = Logger.getLogger(SessionStartWatch.class.getName());
    static final String HEARTBEAT = "webhook-session-watch";
    private static final int LOOK_BACK_CHECKS = 4;
    private static final Duration MIN_LOOK_BACK = Duration.ofMinutes(2);
    private static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    WebhookSettings settings;

    @Inject
    Steps steps;

    @Inject
    TaskHeartbeats heartbeats;

    private java.util.concurrent.ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = heartbeats.runEvery(HEARTBEAT, settings.sessionCheckInterval(), scheduler, this::check, LOG,
                "Checking for started sessions failed; trying again shortly");
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    void check() {
        Duration lookBack = settings.sessionCheckInterval().multipliedBy(LOOK_BACK_CHECKS);
        if (lookBack.compareTo(MIN_LOOK_BACK) < 0) {
            lookBack = MIN_LOOK_BACK;
        }
        for (long sessionId : steps.started(lookBack)) {
            try {
                steps.announce(sessionId);
            } catch (RuntimeException e) {
                // another instance committed the same fact first (its once-key exists): nothing to do
                LOG.fine(() -> "session.started of session " + sessionId + " not enqueued here: " + e);
            }
        }
    }

    /** The transactions, each on its own. */
    @ApplicationScoped
    public static class Steps {

        @Inject
        ScheduledSessionRepository sessions;

        @Inject
        WebhookOutbox outbox;

        private final Clock clock = Clock.systemUTC();

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public List<Long> started(Duration lookBack) {
            Instant now = clock.instant();
            return sessions.startingBetween(now.minus(lookBack), now.plusMillis(1), BATCH).stream()
                    .map(ScheduledSession::id).toList();
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void announce(long sessionId) {
            sessions.find(sessionId).filter(s -> !s.slot().startsAt().isAfter(clock.instant()))
                    .ifPresent(s -> outbox.enqueue(WebhookFacts.sessionStarted(s)));
        }
    }
}
