package dev.marquee.platform.infrastructure.health;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when this instance's data grid member runs; the data say how many members the cluster has now
 * and which one this is, so a deployment can check that its instances found each other.
 */
@Readiness
@ApplicationScoped
public class DataGridReadiness implements HealthCheck {

    @Inject
    DataGrid grid;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("cluster");
        try {
            if (!grid.running()) {
                return response.down().build();
            }
            var cluster = grid.hazelcast().getCluster();
            return response.up()
                    .withData("members", cluster.getMembers().size())
                    .withData("member", cluster.getLocalMember().getUuid().toString())
                    .withData("name", grid.hazelcast().getConfig().getClusterName())
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    .build();
        }
    }
}
