package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import dev.marquee.platform.spi.cluster.ClusterMembers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Core's {@link ClusterMembers}: the members of this instance's {@link DataGrid}. */
@ApplicationScoped
public class DefaultClusterMembers implements ClusterMembers {

    private static final Logger LOG = Logger.getLogger(DefaultClusterMembers.class.getName());

    @Inject
    DataGrid grid;

    public DefaultClusterMembers() {
    }

    /** Members of a given grid (tests). */
    public DefaultClusterMembers(DataGrid grid) {
        this.grid = grid;
    }

    @Override
    public UUID self() {
        return grid.localMember();
    }

    @Override
    public Set<UUID> current() {
        return grid.members();
    }

    @Override
    public boolean running() {
        return grid.running();
    }

    @Override
    public String hostAddress() {
        return grid.hazelcast().getCluster().getLocalMember().getAddress().getHost();
    }

    @Override
    public Registration onLeave(Consumer<UUID> listener) {
        UUID id = grid.hazelcast().getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // plugins hear of departures only
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                UUID gone = event.getMember().getUuid();
                try {
                    listener.accept(gone);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A listener for departing grid members failed on " + gone, e);
                }
            }
        });
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                try {
                    grid.hazelcast().getCluster().removeMembershipListener(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "The grid is already down with its listeners", e);
                }
            }
        };
    }
}
