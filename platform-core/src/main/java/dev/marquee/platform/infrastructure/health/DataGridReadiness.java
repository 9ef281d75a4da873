package dev.marquee.platform.infrastructure.health;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ready when this instance's data grid member runs; the data say how many members the cluster has now
 * and which one this is, so a deployment can check that its instances found each other. The check is
 * public, so it names the cluster only when the name is one of the public defaults ({@link #PUBLIC_NAMES}:
 * {@code run.sh}'s loopback grid, or Payara's default that an operator must notice): a deployment's own
 * name is half of what joins its grid (docs/operations.md). A failure says its exception's type; the
 * message goes to the log at FINE.
 */
@Readiness
@ApplicationScoped
public class DataGridReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DataGridReadiness.class.getName());

    /** Cluster names anyone may know: the single-instance grid of {@code payara/grid-single.xml}, Payara's default. */
    static final Set<String> PUBLIC_NAMES = Set.of("marquee-single", "development");

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
            response.up()
                    .withData("members", cluster.getMembers().size())
                    .withData("member", cluster.getLocalMember().getUuid().toString());
            String name = grid.hazelcast().getConfig().getClusterName();
            return (PUBLIC_NAMES.contains(name) ? response.withData("name", name) : response).build();
        } catch (RuntimeException e) {
            // FINE: every probe while the application is still deploying fails this way (its resources are not
            // bound yet), which is no news; the answer says the exception's type either way.
            LOG.log(Level.FINE, "The data grid readiness check failed", e);
            return response.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
