package dev.marquee.platform.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while every periodic task (mail dispatcher, ticket poller) keeps running: a task that stopped
 * beating ({@link TaskHeartbeats}) means its thread is stuck and only a restart brings it back.
 * Data: seconds since each task's last pass.
 */
@Liveness
@ApplicationScoped
public class ScheduledTasksLiveness implements HealthCheck {

    @Inject
    TaskHeartbeats heartbeats;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("scheduled-tasks")
                .status(heartbeats.stuck().isEmpty());
        heartbeats.secondsSinceBeat().forEach((task, seconds) -> response.withData(task + "SecondsAgo", seconds));
        return response.build();
    }
}
