package dev.marquee.plugin.chat.stage;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.Serial;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which instance owns each stage's handler state ({@value #MAP}: stage id → member id). The first
 * instance that needs a stage claims it; a claim left by a member that is gone is taken over. If the
 * grid does not answer in time, this instance handles the stage itself (as a single instance would).
 */
@ApplicationScoped
public class StageOwners {

    static final String MAP = "marquee.stage.owners";
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
            IMap<Long, String> owners = grid.hazelcast().getMap(MAP);
            String[] alive = grid.members().stream().map(UUID::toString).toArray(String[]::new);
            String owner = owners.submitToKey(stageId, new Claim(me.toString(), alive)).toCompletableFuture()
                    .get(GridCalls.DEFAULT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return UUID.fromString(owner);
        } catch (RuntimeException | TimeoutException | ExecutionException e) {
            LOG.log(Level.WARNING, "Could not find the owner of stage " + stageId + "; handling it here", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return me;
    }

    /** Drops the claims of a member that left, so the next frame of those stages finds a new owner. */
    public void forget(UUID member) {
        IMap<Long, String> owners = grid.hazelcast().getMap(MAP);
        String gone = member.toString();
        for (Map.Entry<Long, String> e : owners.entrySet()) {
            if (gone.equals(e.getValue())) {
                owners.remove(e.getKey(), gone);
            }
        }
    }

    /** Where the entry lives: keeps a living owner, else makes the claimant the owner; answers the owner. */
    static final class Claim implements EntryProcessor<Long, String, String> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String claimant;
        private final String[] alive;

        Claim(String claimant, String[] alive) {
            this.claimant = claimant;
            this.alive = alive;
        }

        @Override
        public String process(Map.Entry<Long, String> entry) {
            String current = entry.getValue();
            if (current != null && Arrays.asList(alive).contains(current)) {
                return current;
            }
            entry.setValue(claimant);
            return claimant;
        }
    }
}
