package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.spi.cluster.ClusterTopic;
import dev.marquee.platform.spi.cluster.ClusterTopics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Core's {@link ClusterTopics}: a plugin's topic is a {@link SealedTopic} of the data grid under
 * {@value PluginStructures#PREFIX}{@code <name>}, so no plugin hears or sends on a topic of core's.
 */
@ApplicationScoped
public class DefaultClusterTopics implements ClusterTopics {

    @Inject
    DataGrid grid;

    public DefaultClusterTopics() {
    }

    /** Topics on a given grid (tests). */
    public DefaultClusterTopics(DataGrid grid) {
        this.grid = grid;
    }

    @Override
    public ClusterTopic topic(String name) {
        return new PluginTopic(name, grid.sealedTopic(PluginStructures.structure(name, "topic")));
    }
}
