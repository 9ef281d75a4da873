package dev.marquee.platform.spi.cluster;

import java.time.Duration;

/**
 * Named maps and tallies shared by every instance of the deployment. Inject it:
 * {@code @Inject ClusterMaps maps;} and take your maps once the platform has started (observe
 * {@code PlatformStarted}: the seal needs the deployment's secret, which is ready then).
 *
 * <p><b>Names</b> follow {@link ClusterTopics}: your plugin's id, a dot, then lower-case letters, digits and
 * dashes in dot-separated parts ({@code rtmp.origins}). Core keeps plugins' maps apart from its own (under
 * {@code plugin.} on the grid), so a plugin can neither read nor change core's state.
 *
 * <p><b>Threading.</b> Thread-safe; neither call blocks. {@link #map} answers the same map for a name on
 * this instance every time, in the format of the first call: ask with the same format everywhere.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0; the layout on the grid is core's and may change
 * between versions, so instances of one deployment run the same version.
 *
 * @since 0.1.0
 */
public interface ClusterMaps {

    /**
     * The map {@code name}, its values in {@code format}.
     *
     * @throws IllegalArgumentException when the name is not of the form above
     * @throws IllegalStateException    when this instance runs without a data grid (Payara Micro's
     *                                  {@code --nohazelcast}), which Marquee does not support
     */
    <T> ClusterMap<T> map(String name, ValueFormat<T> format);

    /**
     * The tally {@code name}, in which an instance's counts older than {@code freshFor} no longer count.
     *
     * @throws IllegalArgumentException when the name is not of the form above or {@code freshFor} is not positive
     * @throws IllegalStateException    as {@link #map}
     */
    ClusterTally tally(String name, Duration freshFor);
}
