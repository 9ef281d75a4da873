package dev.marquee.platform.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Payara also reads MicroProfile Config from its data grid (the config source named "Cluster"), which
 * ranks above the WAR's defaults, and whoever reaches the grid can write there. Marquee keeps its own
 * configuration in the environment, so a Marquee key found in that source means someone set it through
 * the grid: the instance is not ready (load balancers stop sending it traffic) and says which keys,
 * once, at SEVERE. Checked on every readiness probe.
 */
@Readiness
@ApplicationScoped
public class GridConfigReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(GridConfigReadiness.class.getName());
    private static final String PAYARA_GRID_SOURCE = "Cluster";
    private static final List<String> OURS = List.of("marquee.", "twilio.", "MARQUEE_", "TWILIO_");

    private volatile Set<String> reported = Set.of();

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("configuration");
        Set<String> planted = plantedKeys();
        if (planted.isEmpty()) {
            return response.up().build();
        }
        if (!planted.equals(reported)) {
            reported = planted;
            LOG.severe("Marquee settings were found in Payara's data grid configuration source: " + planted
                    + ". Marquee is configured through the environment only, so someone with access to the grid "
                    + "set them; this instance reports itself not ready. Remove them and secure the grid "
                    + "(docs/security.md).");
        }
        return response.down().withData("settingsFromTheGrid", String.join(", ", planted)).build();
    }

    static Set<String> plantedKeys() {
        Set<String> planted = new TreeSet<>();
        for (ConfigSource source : ConfigProvider.getConfig().getConfigSources()) {
            if (!PAYARA_GRID_SOURCE.equals(source.getName())) {
                continue;
            }
            try {
                source.getPropertyNames().stream().filter(k -> OURS.stream().anyMatch(k::startsWith)).forEach(planted::add);
            } catch (RuntimeException e) {
                // a source that cannot list its names holds nothing we can see
            }
        }
        return planted;
    }
}
