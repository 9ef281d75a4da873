package dev.marquee.platform.application.recording;

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
 * Every {@code marquee.recordings.sweep-interval} (10 s): closes recordings whose writer went silent
 * (its instance was killed or lost its stream without saying so) so they play up to their last stored
 * segment; deletes recordings past their event's retention and those of deleted stages; counts the
 * quota again; announces replays whose session has ended ({@code ReplayReady}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class RecordingSweep {

    private static final Logger LOG = Logger.getLogger(RecordingSweep.class.getName());
    /** The liveness check's name for this task. */
    static final String HEARTBEAT = "recordings";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RecordingSweepSteps steps;

    @Inject
    RecorderService recorder;

    @Inject
    TaskHeartbeats heartbeats;

    @Inject
    @ConfigProperty(name = "marquee.recordings.sweep-interval", defaultValue = "PT10S")
    Duration interval;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = heartbeats.runEvery(HEARTBEAT, interval, scheduler, this::pass, LOG, "The recordings sweep failed");
    }

    private void pass() {
        steps.closeSilent();
        steps.deleteExpired();
        recorder.recount();
        steps.announceReplays();
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }
}
