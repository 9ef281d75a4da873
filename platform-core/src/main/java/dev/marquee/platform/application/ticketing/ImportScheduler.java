package dev.marquee.platform.application.ticketing;

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
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;

/** Looks for due ticket sources every {@code marquee.tickets.check-interval} (15 s) and imports them. */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportScheduler {

    private static final Logger LOG = Logger.getLogger(ImportScheduler.class.getName());
    /** The liveness check's name for this task. */
    static final String HEARTBEAT = "ticket-poller";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ImportService imports;

    @Inject
    TaskHeartbeats heartbeats;

    @Inject
    @ConfigProperty(name = "marquee.tickets.check-interval", defaultValue = "PT15S")
    Duration interval;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = heartbeats.runEvery(HEARTBEAT, interval, scheduler, imports::runDue, LOG,
                "Checking for due ticket imports failed");
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }
}
