package dev.marquee.plugin.chat.stage;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridCalls;
import dev.marquee.platform.infrastructure.cluster.GridChange;
import dev.marquee.platform.infrastructure.cluster.GridCodec;
import dev.marquee.platform.infrastructure.cluster.SealedMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which instance owns each stage's handler state ({@value #MAP}, sealed: stage id → member id). The
 * first instance that needs a stage claims it; a claim left by a member that is gone is taken over. If
 * the grid does not answer in time, this instance handles the stage itself (as a single instance would).
 */
@ApplicationScoped
public class StageOwners {

    static final String MAP = "stage.owners";
    private static final Logger LOG = Logger.getLogger(StageOwners.class.getName());

    @Inject
    DataGrid grid;

    public StageOwners() {
    }

    StageOwners(DataGrid grid) {
        this.grid = grid;
    }

    /** The stage's owner, claimed for this instance when nobody alive owns it. */
    public UUID ownerOf(long stageId) {
        UUID me = grid.localMember();
        try {
            Set<UUID> alive = grid.members();
            Optional<UUID> owner = GridCalls.await(owners().change(String.valueOf(stageId), current ->
                    current != null && alive.contains(current) ? GridChange.Outcome.<UUID, UUID>keep(current)
                            : GridChange.Outcome.set(me, 0, me)), GridCalls.DEFAULT_WAIT, "owner of stage " + stageId);
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
        SealedMap<UUID> owners = owners();
        owners.entries().forEach((stage, owner) -> {
            if (owner.equals(member)) {
                GridCalls.await(owners.change(stage, current -> member.equals(current)
                        ? GridChange.Outcome.<UUID, Boolean>remove(true) : GridChange.Outcome.keep(false)),
                        GridCalls.DEFAULT_WAIT, "release stage " + stage);
            }
        });
    }

    private SealedMap<UUID> owners() {
        return grid.sealedMap(MAP, CODEC);
    }

    private static final GridCodec<UUID> CODEC = new GridCodec<>() {
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
