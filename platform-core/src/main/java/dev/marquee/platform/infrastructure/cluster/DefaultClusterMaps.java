package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.spi.cluster.ClusterMap;
import dev.marquee.platform.spi.cluster.ClusterMaps;
import dev.marquee.platform.spi.cluster.ClusterTally;
import dev.marquee.platform.spi.cluster.ValueFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;

/**
 * Core's {@link ClusterMaps}: a plugin's map is a {@link SealedMap} and its tally a {@link GridTally} of the
 * data grid under {@value PluginStructures#PREFIX}{@code <name>}, so no plugin reads or changes core's state.
 */
@ApplicationScoped
public class DefaultClusterMaps implements ClusterMaps {

    @Inject
    DataGrid grid;

    public DefaultClusterMaps() {
    }

    /** Maps on a given grid (tests). */
    public DefaultClusterMaps(DataGrid grid) {
        this.grid = grid;
    }

    @Override
    public <T> ClusterMap<T> map(String name, ValueFormat<T> format) {
        return new PluginMap<>(name, grid.sealedMap(PluginStructures.structure(name, "map"), format));
    }

    @Override
    public ClusterTally tally(String name, Duration freshFor) {
        String structure = PluginStructures.structure(name, "tally");
        if (freshFor == null || freshFor.isZero() || freshFor.isNegative()) {
            throw new IllegalArgumentException("A tally's counts stay fresh for a positive time, not " + freshFor);
        }
        return new GridTally(grid, structure, freshFor, Clock.systemUTC());
    }
}
