package dev.marquee.platform.application.schedule.importing;

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

/**
 * Looks for due schedule feeds every {@code marquee.schedule.sync.check-interval} (30 s) and imports
 * them; each feed has its own interval in minutes. Runs on a background thread of the container.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class ScheduleFeedScheduler {

    private static final Logger LOG = Logger.getLogger(ScheduleFeedScheduler.class.getName());
    /** The liveness check's name for this task. */
    static final String HEARTBEAT = "schedule-feeds";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ScheduleImportService imports;

    @Inject
    TaskHeartbeats heartbeats;

    @Inject
    @ConfigProperty(name = "marquee.schedule.sync.check-interval", defaultValue = "PT30S")
    Duration interval;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = heartbeats.runEvery(HEARTBEAT, interval, scheduler, imports::runDue, LOG,
                "Checking for due schedule feeds failed");
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }
}
