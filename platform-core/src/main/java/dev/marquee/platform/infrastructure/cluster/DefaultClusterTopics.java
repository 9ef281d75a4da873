package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.spi.cluster.ClusterTopic;
import dev.marquee.platform.spi.cluster.ClusterTopics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.regex.Pattern;

/**
 * Core's {@link ClusterTopics}: a plugin's topic is a {@link SealedTopic} of the data grid under
 * {@value #PREFIX}{@code <name>}, so no plugin hears or sends on a topic of core's.
 */
@ApplicationScoped
public class DefaultClusterTopics implements ClusterTopics {

    /** Where plugins' topics live among the grid's structures. */
    static final String PREFIX = "plugin.";

    private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NAME = Pattern.compile(PART + "(\\." + PART + ")+");

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
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A cluster topic's name is the plugin's id, a dot and lower-case "
                    + "letters, digits and dashes in dot-separated parts (e.g. my-plugin.signals), not " + name);
        }
        return new PluginTopic(name, grid.sealedTopic(PREFIX + name));
    }
}
