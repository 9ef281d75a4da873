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

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Delivers the webhook outbox on every instance. Each pass claims due messages in batches, up to
 * {@link WebhookSettings#claimBatch()} per endpoint in one transaction (a lease, so no two instances
 * send the same one, and one claimed by an instance that died is due again once its lease ends), and
 * queues them per endpoint ({@link EndpointQueue}). Sending lanes on a pool of
 * {@code marquee.webhooks.parallelism} threads work through the queues, at most
 * {@code marquee.webhooks.per-endpoint} lanes (so requests) at a time to one endpoint: a slow receiver
 * holds a few threads for at most the timeout each and the others keep flowing. Accepted messages are
 * recorded in batches ({@link DeliveredBatch}), others one by one with their retry time. An endpoint's
 * next batch is claimed when half of the last one is left, so a busy endpoint is not left waiting, and a
 * pass goes on while messages are due or held. Nothing here runs on a stream's or the chat's threads.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    static final String HEARTBEAT = "webhook-dispatcher";
    /** The most messages one instance holds claimed at once, over all endpoints. */
    private static final int MAX_HELD = 256;
    /** Delivered messages recorded in one transaction at most, and how long the first of them waits at most. */
    private static final int RECORD_BATCH = 100;
    private static final Duration RECORD_WAIT = Duration.ofMillis(500);
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

    private final Clock clock = Clock.systemUTC();
    private final Map<Long, EndpointQueue> queues = new ConcurrentHashMap<>();
    /** Released when an endpoint's held messages fall to the refill mark or to none: a waiting pass claims again. */
    private final Semaphore room = new Semaphore(0);
    private ExecutorService pool;
    private DeliveredBatch delivered;
    private int batch;
    private int refill;
    private volatile boolean stopping;
    private ScheduledFuture<?> task;
    private ScheduledFuture<?> flushing;
    private ScheduledFuture<?> pruning;

    @PostConstruct
    void start() {
        metrics.backlogFrom(steps::backlog);
        batch = settings.claimBatch();
        refill = Math.max(1, batch / 2);
        delivered = new DeliveredBatch(RECORD_BATCH, RECORD_WAIT, clock, this::record);
        pool = Executors.newFixedThreadPool(settings.parallelism(), runnable -> {
            Thread t = threads.newThread(runnable);
            t.setName("marquee-webhook-" + t.getId());
            return t;
        });
        task = heartbeats.runEvery(HEARTBEAT, settings.dispatchInterval(), scheduler, this::dispatch, LOG,
                "Webhook dispatch failed; trying again shortly");
        flushing = scheduler.scheduleWithFixedDelay(delivered::flush, RECORD_WAIT.toMillis(), RECORD_WAIT.toMillis(),
                TimeUnit.MILLISECONDS);
        pruning = scheduler.scheduleWithFixedDelay(this::prune, 1, PRUNE_INTERVAL.toMinutes(), TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        task.cancel(false);
        flushing.cancel(false);
        pruning.cancel(false);
        pool.shutdown();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        delivered.flush(); // what is not recorded now is sent again when its lease lapses
    }

    /**
     * Claims and hands out due messages until none are due and none are held (an endpoint with its batch
     * still mostly queued is left out of a claim: the pass waits for it to get through half and claims
     * again); answers how many were handed out.
     */
    int dispatch() {
        int handed = 0;
        while (!stopping) {
            room.drainPermits();
            queues.values().removeIf(EndpointQueue::idle);
            Map<Long, Integer> held = new HashMap<>();
            Set<Long> full = new HashSet<>();
            int total = 0;
            for (EndpointQueue queue : queues.values()) {
                int n = queue.held();
                total += n;
                if (n > refill) {
                    full.add(queue.webhookId());
                } else if (n > 0) {
                    held.put(queue.webhookId(), n);
                }
            }
            List<OutgoingMessage> claimed = total < MAX_HELD ? steps.claim(MAX_HELD - total, held, full, batch) : List.of();
            if (claimed.isEmpty()) {
                if (total == 0 || !awaitRoom()) {
                    return handed;
                }
                continue;
            }
            handOut(claimed);
            handed += claimed.size();
        }
        return handed;
    }

    /** Waits (up to the timeout) until an endpoint's held messages fall to the refill mark or to none; false if none did. */
    private boolean awaitRoom() {
        try {
            return room.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void handOut(List<OutgoingMessage> claimed) {
        Map<Long, List<OutgoingMessage>> byEndpoint = claimed.stream()
                .collect(Collectors.groupingBy(OutgoingMessage::webhookId, LinkedHashMap::new, Collectors.toList()));
        byEndpoint.forEach((webhook, messages) -> {
            EndpointQueue queue = queues.computeIfAbsent(webhook, EndpointQueue::new);
            queue.add(messages);
            while (queue.startLane(settings.perEndpoint())) {
                try {
                    pool.execute(() -> runLane(queue));
                } catch (RejectedExecutionException e) {
                    queue.laneNotStarted(); // shutting down: the leases lapse and another pass sends them
                    return;
                }
            }
        });
    }

    /** One sending lane of an endpoint: one message at a time until its queue is empty. */
    private void runLane(EndpointQueue queue) {
        for (OutgoingMessage message = queue.take(); message != null; message = queue.take()) {
            try {
                if (!stopping) {
                    deliver(message);
                }
            } finally {
                int left = queue.done();
                if (left == refill || left == 0) {
                    room.release();
                }
            }
        }
        delivered.flush();
    }

    private void deliver(OutgoingMessage message) {
        try {
            if (clock.instant().isAfter(message.leaseEnds().minus(settings.lease().dividedBy(2)))) {
                LOG.fine(() -> message + " waited past half its claim; it is sent again once the claim lapses");
                return;
            }
            AttemptOutcome outcome = sender.send(message);
            if (outcome.delivered()) {
                delivered.add(new DeliveredMessage(message, outcome.statusCode()));
                return;
            }
            steps.record(message, outcome).ifPresent(this::count);
            LOG.fine(() -> message + " not delivered: " + outcome.error());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivering " + message + " failed; it is tried again when its claim lapses", e);
        }
    }

    /** Records a batch of delivered messages; answers how many were recorded (a lapsed claim's are not). */
    private int record(List<DeliveredMessage> batchOfDelivered) {
        try {
            int recorded = steps.recordDelivered(batchOfDelivered);
            for (int i = 0; i < recorded; i++) {
                metrics.delivered();
            }
            return recorded;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recording " + batchOfDelivered.size() + " delivered webhook messages failed; they "
                    + "are sent again when their claims lapse", e);
            return 0;
        }
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
