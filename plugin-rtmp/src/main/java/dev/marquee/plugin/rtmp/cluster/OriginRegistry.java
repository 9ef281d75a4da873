package dev.marquee.plugin.rtmp.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridCalls;
import dev.marquee.platform.infrastructure.cluster.GridChange;
import dev.marquee.platform.infrastructure.cluster.SealedMap;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sealed grid map {@value #MAP}: stage id → the {@link Origin} its publisher is connected to. An
 * instance claims a stage when a publisher starts there (refused when another live instance holds
 * it: one publisher per stage, cluster-wide), refreshes its entries while they are live and releases
 * them when the stream stops. Entries expire {@code ttl} after their latest refresh, and the entries
 * of a member that left the grid are removed as soon as the grid notices, so a dead instance's stage
 * is free again for the publisher's reconnect. Every call is bounded: a hung member costs a wait of
 * {@code wait}, never a hang.
 */
public final class OriginRegistry {

    /** The grid map's name. */
    public static final String MAP = "rtmp.origins";

    private static final Logger LOG = Logger.getLogger(OriginRegistry.class.getName());

    /** The outcome of a claim. */
    public enum Claim {
        /** The stage is this instance's now (or already was). */
        CLAIMED,
        /** Another instance has the stage's publisher. */
        TAKEN,
        /** The grid did not answer in time; the caller decides on what it knows locally. */
        UNKNOWN
    }

    private final DataGrid grid;
    private final Duration ttl;
    private final Duration wait;

    /**
     * @param ttl how long an entry lives without a refresh
     * @param wait how long a caller waits for the grid at most
     */
    public OriginRegistry(DataGrid grid, Duration ttl, Duration wait) {
        this.grid = grid;
        this.ttl = ttl;
        this.wait = wait;
    }

    /** Claims the stage for {@code origin}'s instance, unless another live instance has it. Blocks up to the wait. */
    public Claim claim(long stageId, Origin origin) {
        Set<UUID> live = grid.members();
        long ttlMillis = ttl.toMillis();
        Optional<Origin> holder = GridCalls.await(map().change(key(stageId), current ->
                current != null && !current.instance().equals(origin.instance()) && live.contains(current.member())
                        ? GridChange.Outcome.<Origin, Origin>keep(current)
                        : GridChange.Outcome.set(origin, ttlMillis, origin)), wait, "claim the origin of stage " + stageId);
        if (holder.isEmpty()) {
            return Claim.UNKNOWN;
        }
        return holder.get().instance().equals(origin.instance()) ? Claim.CLAIMED : Claim.TAKEN;
    }

    /**
     * Renews the instance's entries with their current numbers (and puts back one that expired);
     * answers the stages another instance holds now (after a split healed), which the caller should
     * give up. Blocks up to the wait.
     */
    public Set<Long> refresh(Map<Long, Origin> mine) {
        Set<Long> lost = new java.util.HashSet<>();
        long ttlMillis = ttl.toMillis();
        mine.forEach((stageId, origin) -> GridCalls.await(map().change(key(stageId), current ->
                        current != null && !current.instance().equals(origin.instance())
                                ? GridChange.Outcome.<Origin, Boolean>keep(false)
                                : GridChange.Outcome.set(origin, ttlMillis, true)), wait,
                        "refresh the origin of stage " + stageId)
                .filter(held -> !held)
                .ifPresent(held -> lost.add(stageId)));
        return lost;
    }

    /** Drops the stage's entry if it is still {@code instance}'s; does not wait. */
    public void release(long stageId, String instance) {
        map().change(key(stageId), current -> current != null && current.instance().equals(instance)
                ? GridChange.Outcome.<Origin, Boolean>remove(true) : GridChange.Outcome.keep(false))
                .exceptionally(e -> {
                    LOG.log(Level.WARNING, "Could not release the origin of stage " + stageId + " (it expires by itself)", e);
                    return false;
                });
    }

    /** The stage's origin, if any; empty too when the grid did not answer within the wait. */
    public Optional<Origin> find(long stageId) {
        return GridCalls.await(map().get(key(stageId)), wait, "find the origin of stage " + stageId).flatMap(o -> o);
    }

    /** Removes every entry of a member (it left the grid). Blocks until the grid has done it. */
    public void forgetMember(UUID member) {
        SealedMap<Origin> map = map();
        map.entries().forEach((stage, origin) -> {
            if (member.equals(origin.member())) {
                GridCalls.await(map.change(stage, current -> current != null && member.equals(current.member())
                        ? GridChange.Outcome.<Origin, Boolean>remove(true) : GridChange.Outcome.keep(false)),
                        wait, "forget the origin of stage " + stage);
            }
        });
    }

    /**
     * Registers the listener that forgets the entries of members that leave, running the removal on
     * {@code executor} (not on the grid's event thread); answers its registration id.
     */
    public UUID watchMembers(Executor executor) {
        return grid.hazelcast().getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // nothing to do: a new member claims what it publishes
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                UUID gone = event.getMember().getUuid();
                executor.execute(() -> {
                    try {
                        forgetMember(gone);
                        LOG.info(() -> "Forgot the RTMP origins of the departed grid member " + gone);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Could not forget the RTMP origins of member " + gone
                                + " (they expire by themselves)", e);
                    }
                });
            }
        });
    }

    /** Removes a listener registered by {@link #watchMembers}. */
    public void unwatch(UUID registration) {
        try {
            grid.hazelcast().getCluster().removeMembershipListener(registration);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The grid is already down", e);
        }
    }

    private SealedMap<Origin> map() {
        return grid.sealedMap(MAP, Origin.CODEC);
    }

    private static String key(long stageId) {
        return Long.toString(stageId);
    }
}
