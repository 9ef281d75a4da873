package dev.marquee.platform.spi.cluster;

import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The instances of the deployment, as members of its data grid. Inject it:
 * {@code @Inject ClusterMembers members;}. A single instance is a grid of one.
 *
 * <p><b>Member ids</b> are the grid's: an instance's id changes when it rejoins after a network split, so
 * keep an id of your own (drawn at start) where you need one that lasts as long as the instance.
 *
 * <p><b>Threading.</b> Thread-safe; no call blocks on other members. Leave listeners run on the grid's event
 * thread: they must return quickly and never block (hand the work to an executor of your own); an
 * exception they throw is logged by core.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0.
 *
 * @since 0.1.0
 */
public interface ClusterMembers {

    /**
     * This instance's member id.
     *
     * @throws IllegalStateException when this instance runs without a data grid
     */
    UUID self();

    /** The ids of the members the grid has now, this one included. */
    Set<UUID> current();

    /** Whether this instance's grid member runs; false while it shuts down (skip grid work then). */
    boolean running();

    /**
     * The address the grid reaches this instance at (an IP address or host name as the grid was given it),
     * for building an address other instances can call this one at.
     *
     * @throws IllegalStateException when this instance runs without a data grid
     */
    String hostAddress();

    /**
     * Hands the id of every member that leaves the grid from now on (it shut down, died or was cut off) to
     * {@code listener}. Close the registration when the listening bean stops ({@code @PreDestroy}).
     */
    Registration onLeave(Consumer<UUID> listener);

    /** A listener of {@link #onLeave}; closing ends it, quietly when the grid is already down, and twice is harmless. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
