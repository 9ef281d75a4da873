package dev.marquee.plugin.chat.stage;

import dev.marquee.platform.spi.cluster.ClusterCalls;
import dev.marquee.platform.spi.cluster.ClusterMap;
import dev.marquee.platform.spi.cluster.ClusterMaps;
import dev.marquee.platform.spi.cluster.ClusterMembers;
import dev.marquee.platform.spi.cluster.EntryChange.Outcome;
import dev.marquee.platform.spi.cluster.ValueFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which instance owns each stage's handler state (the cluster map {@value #MAP}: stage id → member id). The
 * first instance that needs a stage claims it; a claim left by a member that is gone is taken over. If
 * the grid does not answer in time, this instance handles the stage itself (as a single instance would).
 */
@ApplicationScoped
public class StageOwners {

    static final String MAP = "chat.stage-owners";
    private static final Logger LOG = Logger.getLogger(StageOwners.class.getName());

    @Inject
    ClusterMaps maps;

    @Inject
    ClusterMembers members;

    public StageOwners() {
    }

    StageOwners(ClusterMaps maps, ClusterMembers members) {
        this.maps = maps;
        this.members = members;
    }

    /** The stage's owner, claimed for this instance when nobody alive owns it. */
    public UUID ownerOf(long stageId) {
        UUID me = members.self();
        try {
            Set<UUID> alive = members.current();
            Optional<UUID> owner = ClusterCalls.await(owners().change(String.valueOf(stageId), current ->
                    current != null && alive.contains(current) ? Outcome.<UUID, UUID>keep(current)
                            : Outcome.set(me, Duration.ZERO, me)), ClusterCalls.DEFAULT_WAIT, "owner of stage " + stageId);
            if (owner.isPresent()) {
                return owner.get();
            }
            LOG.warning(() -> "Could not find the owner of stage " + stageId + "; handling it here");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not find the owner of stage " + stageId + "; handling it here", e);
        }
        return me;
    }

    /** Drops the claims of a member that left, so the next frame of those stages finds a new owner. Blocks. */
    public void forget(UUID member) {
        ClusterMap<UUID> owners = owners();
        owners.entries().forEach((stage, owner) -> {
            if (owner.equals(member)) {
                ClusterCalls.await(owners.change(stage, current -> member.equals(current)
                        ? Outcome.<UUID, Boolean>remove(true) : Outcome.keep(false)),
                        ClusterCalls.DEFAULT_WAIT, "release stage " + stage);
            }
        });
    }

    private ClusterMap<UUID> owners() {
        return maps.map(MAP, FORMAT);
    }

    private static final ValueFormat<UUID> FORMAT = new ValueFormat<>() {
        @Override
        public void write(UUID value, DataOutputStream out) throws IOException {
            out.writeLong(value.getMostSignificantBits());
            out.writeLong(value.getLeastSignificantBits());
        }

        @Override
        public UUID read(DataInputStream in) throws IOException {
            return new UUID(in.readLong(), in.readLong());
        }
    };
}
