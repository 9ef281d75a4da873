package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * This instance's member of Payara's data grid, looked up once in JNDI ({@value #JNDI_NAME}). Payara
 * Micro binds it even with {@code --nocluster} (a grid of one); only {@code --nohazelcast} removes it,
 * and Marquee then refuses to start the features that need it with a message saying so.
 */
@ApplicationScoped
public class DataGrid {

    /** Where Payara Server and Payara Micro bind their Hazelcast instance. */
    public static final String JNDI_NAME = "payara/Hazelcast";

    private volatile HazelcastInstance hazelcast;

    public DataGrid() {
    }

    /** A grid on a given member (tests start an embedded one). */
    public DataGrid(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    /** The Hazelcast member of this instance. */
    public HazelcastInstance hazelcast() {
        HazelcastInstance found = hazelcast;
        if (found == null) {
            synchronized (this) {
                if (hazelcast == null) {
                    hazelcast = lookup();
                }
                found = hazelcast;
            }
        }
        return found;
    }

    /** This instance's member id; it changes when a member rejoins after a split. */
    public UUID localMember() {
        return hazelcast().getCluster().getLocalMember().getUuid();
    }

    /** The ids of the members the grid has now. */
    public Set<UUID> members() {
        return hazelcast().getCluster().getMembers().stream().map(Member::getUuid).collect(Collectors.toSet());
    }

    /** Whether the grid runs (false while this member shuts down). */
    public boolean running() {
        try {
            return hazelcast().getLifecycleService().isRunning();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static HazelcastInstance lookup() {
        try {
            return (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException | ClassCastException e) {
            throw new IllegalStateException("Marquee needs Payara's data grid (JNDI " + JNDI_NAME
                    + "); do not start Payara with --nohazelcast", e);
        }
    }
}
