package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.mail.OutboxMail;
import dev.marquee.platform.infrastructure.health.TaskHeartbeats;
import dev.marquee.platform.infrastructure.metrics.MailMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: every few seconds it claims due mails (atomically, so several instances never
 * take the same one), sends each, and records the outcome. A failure waits longer each time; a claim
 * left by an instance that died runs out and the mail is sent again (at least once, with a stable
 * Message-ID so receivers can tell repeats).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 50;
    /** The liveness check's name for this task. */
    static final String HEARTBEAT = "mail-dispatcher";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxSteps steps;

    @Inject
    MailSender sender;

    @Inject
    MailMetrics metrics;

    @Inject
    TaskHeartbeats heartbeats;

    @Inject
    @ConfigProperty(name = "marquee.mail.dispatch-interval", defaultValue = "PT5S")
    Duration interval;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        metrics.backlogFrom(steps::backlog);
        if (!sender.configured()) {
            LOG.info("No mail server configured (marquee.mail.smtp.host): mails wait in the outbox");
            return;
        }
        heartbeats.expect(HEARTBEAT, interval);
        task = scheduler.scheduleWithFixedDelay(this::dispatchSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void dispatchSafely() {
        heartbeats.beat(HEARTBEAT);
        try {
            dispatch();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox dispatch failed; trying again shortly", e);
        } finally {
            heartbeats.beat(HEARTBEAT);
        }
    }

    /**
     * Sends due mails over one connection until none are due (or the connection fails); returns how
     * many were sent.
     */
    public int dispatch() {
        int sent = 0;
        List<Long> due = steps.due(BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        try (MailSender.Connection connection = sender.connect()) {
            while (!due.isEmpty()) {
                for (long id : due) {
                    Optional<OutboxMail> claimed = steps.claim(id);
                    if (claimed.isEmpty()) {
                        continue;
                    }
                    try {
                        connection.send(claimed.get());
                        steps.sent(id);
                        metrics.sent();
                        sent++;
                    } catch (Exception e) {
                        LOG.warning(() -> "Mail " + id + " not sent: " + e.getMessage());
                        steps.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
                        metrics.failed();
                    }
                }
                due = due.size() < BATCH ? List.of() : steps.due(BATCH);
            }
        } catch (Exception e) {
            LOG.warning(() -> "The mail server cannot be reached: " + e.getMessage());
        }
        return sent;
    }
}
