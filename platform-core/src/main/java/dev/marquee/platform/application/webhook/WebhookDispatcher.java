package dev.marquee.platform.application.webhook;

import dev.marquee.platform.domain.model.webhook.WebhookDeliveryStatus;
import dev.marquee.platform.infrastructure.health.TaskHeartbeats;
import dev.marquee.platform.infrastructure.metrics.WebhookMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the webhook outbox on every instance: each pass claims due messages (a lease, so no two
 * instances send the same one, and one claimed by an instance that died is due again once its lease
 * ends) and hands them to a pool of {@code marquee.webhooks.parallelism} sending threads, at most
 * {@code marquee.webhooks.per-endpoint} at a time to one endpoint, so a slow receiver holds a few
 * threads for at most the timeout each and the others keep flowing. A pass goes on while messages are
 * due. Nothing here runs on a stream's or the chat's threads.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    static final String HEARTBEAT = "webhook-dispatcher";
    private static final int MAX_CLAIM = 50;
    private static final Duration PRUNE_INTERVAL = Duration.ofHours(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    WebhookDeliverySteps steps;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookMetrics metrics;

    @Inject
    TaskHeartbeats heartbeats;

    private ExecutorService pool;
    private Semaphore slots;
    /** Released each time a message's attempt ends: a pass waiting for an endpoint's share to free up wakes. */
    private final Semaphore finished = new Semaphore(0);
    private final Map<Long, Integer> inFlight = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private ScheduledFuture<?> task;
    private ScheduledFuture<?> pruning;

    @PostConstruct
    void start() {
        metrics.backlogFrom(steps::backlog);
        slots = new Semaphore(settings.parallelism());
        pool = Executors.newFixedThreadPool(settings.parallelism(), runnable -> {
            Thread t = threads.newThread(runnable);
            t.setName("marquee-webhook-" + t.getId());
            return t;
        });
        task = heartbeats.runEvery(HEARTBEAT, settings.dispatchInterval(), scheduler, this::dispatch, LOG,
                "Webhook dispatch failed; trying again shortly");
        pruning = scheduler.scheduleWithFixedDelay(this::prune, 1, PRUNE_INTERVAL.toMinutes(), TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        task.cancel(false);
        pruning.cancel(false);
        pool.shutdownNow();
    }

    /**
     * Claims and hands out due messages until none are due (those waiting only because their endpoint
     * has its share in flight included: the pass waits for an attempt to end and claims again);
     * answers how many were handed out.
     */
    int dispatch() {
        int handed = 0;
        while (!stopping) {
            int free = takeSlots();
            if (free == 0) {
                return handed;
            }
            finished.drainPermits();
            List<OutgoingMessage> claimed;
            try {
                claimed = steps.claim(free, Map.copyOf(inFlight), settings.perEndpoint());
            } catch (RuntimeException e) {
                slots.release(free);
                throw e;
            }
            slots.release(free - claimed.size());
            if (claimed.isEmpty()) {
                if (inFlight.isEmpty() || !awaitAnAttempt()) {
                    return handed;
                }
                continue;
            }
            claimed.forEach(this::handOut);
            handed += claimed.size();
        }
        return handed;
    }

    /** Waits for one free sending slot (up to the timeout), then takes the others free now, up to a claim's size. */
    private int takeSlots() {
        try {
            if (!slots.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        int more = 0;
        while (more < MAX_CLAIM - 1 && slots.tryAcquire()) {
            more++;
        }
        return 1 + more;
    }

    /** Waits (up to the timeout) until an attempt in flight ends; false if none did. */
    private boolean awaitAnAttempt() {
        try {
            return finished.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void handOut(OutgoingMessage message) {
        inFlight.merge(message.webhookId(), 1, Integer::sum);
        try {
            pool.execute(() -> deliver(message));
        } catch (RuntimeException e) {
            done(message); // shutting down: the lease runs out and another pass sends it
        }
    }

    private void deliver(OutgoingMessage message) {
        try {
            AttemptOutcome outcome = sender.send(message);
            Optional<WebhookDeliveryStatus> status = steps.record(message, outcome);
            status.ifPresent(this::count);
            if (!outcome.delivered()) {
                LOG.fine(() -> message + " not delivered: " + outcome.error());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivering " + message + " failed; it is tried again when its claim lapses", e);
        } finally {
            done(message);
        }
    }

    private void done(OutgoingMessage message) {
        inFlight.computeIfPresent(message.webhookId(), (id, n) -> n <= 1 ? null : n - 1);
        slots.release();
        finished.release();
    }

    private void count(WebhookDeliveryStatus status) {
        switch (status) {
            case DELIVERED -> metrics.delivered();
            case FAILED -> metrics.failed();
            default -> metrics.retry();
        }
    }

    private void prune() {
        try {
            int pruned = steps.prune();
            if (pruned > 0) {
                LOG.info(() -> "Deleted " + pruned + " old webhook messages");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pruning old webhook messages failed; trying again later", e);
        }
    }
}
