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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
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
    /** After a refusal the server is asked again only after this many intervals (a minute by default). */
    private static final int PAUSE_AFTER_REFUSAL = 12;

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
    /** The refusal logged last, so a lasting one is logged once, not every pass; null once a connection works. */
    private volatile String refusalLogged;
    private volatile Instant pausedUntil = Instant.MIN;

    @PostConstruct
    void start() {
        metrics.backlogFrom(steps::backlog);
        if (!sender.configured()) {
            LOG.info("No mail server configured (marquee.mail.smtp.host): mails wait in the outbox");
            return;
        }
        task = heartbeats.runEvery(HEARTBEAT, interval, scheduler, this::dispatch, LOG,
                "Outbox dispatch failed; trying again shortly");
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /**
     * Sends due mails over one connection until none are due (or the connection fails); returns how
     * many were sent.
     */
    public int dispatch() {
        int sent = 0;
        if (Instant.now().isBefore(pausedUntil)) {
            return 0;
        }
        List<Long> due = steps.due(BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        MailSender.Connection opened;
        try {
            opened = sender.connect();
        } catch (MailSender.Refused e) {
            refused(due, e);
            return 0;
        } catch (Exception e) {
            String reason = "The mail server cannot be reached: " + e.getMessage();
            LOG.warning(reason);
            steps.waiting(due, reason);
            return 0;
        }
        if (refusalLogged != null) {
            LOG.info("The mail server meets the configured security now; sending the outbox");
            refusalLogged = null;
        }
        try (MailSender.Connection connection = opened) {
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
        } catch (RuntimeException e) {
            LOG.warning(() -> "Sending the outbox stopped: " + e.getMessage());
        }
        return sent;
    }

    /**
     * The server does not meet the configured security: the due mails keep waiting, each showing why
     * (the attendee list shows it), without using up an attempt; the log says it once.
     */
    private void refused(List<Long> due, MailSender.Refused refusal) {
        steps.waiting(due, refusal.getMessage());
        pausedUntil = Instant.now().plus(interval.multipliedBy(PAUSE_AFTER_REFUSAL));
        if (!refusal.getMessage().equals(refusalLogged)) {
            refusalLogged = refusal.getMessage();
            LOG.severe(refusal.getMessage());
        }
    }
}
