package dev.marquee.plugin.rtmp.cluster;

import dev.marquee.platform.spi.cluster.ClusterCalls;
import dev.marquee.platform.spi.cluster.ClusterMap;
import dev.marquee.platform.spi.cluster.ClusterMaps;
import dev.marquee.platform.spi.cluster.ClusterMembers;
import dev.marquee.platform.spi.cluster.EntryChange.Outcome;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cluster map {@value #MAP}: stage id → the {@link Origin} its publisher is connected to. An
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

    private final ClusterMap<Origin> map;
    private final ClusterMembers members;
    private final Duration ttl;
    private final Duration wait;

    /**
     * @param ttl how long an entry lives without a refresh
     * @param wait how long a caller waits for the grid at most
     */
    public OriginRegistry(ClusterMaps maps, ClusterMembers members, Duration ttl, Duration wait) {
        this.map = maps.map(MAP, Origin.CODEC);
        this.members = members;
        this.ttl = ttl;
        this.wait = wait;
    }

    /** Claims the stage for {@code origin}'s instance, unless another live instance has it. Blocks up to the wait. */
    public Claim claim(long stageId, Origin origin) {
        Set<UUID> live = members.current();
        Optional<Origin> holder = ClusterCalls.await(map.change(key(stageId), current ->
                current != null && !current.instance().equals(origin.instance()) && live.contains(current.member())
                        ? Outcome.<Origin, Origin>keep(current)
                        : Outcome.set(origin, ttl, origin)), wait, "claim the origin of stage " + stageId);
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
        mine.forEach((stageId, origin) -> ClusterCalls.await(map.change(key(stageId), current ->
                        current != null && !current.instance().equals(origin.instance())
                                ? Outcome.<Origin, Boolean>keep(false)
                                : Outcome.set(origin, ttl, true)), wait,
                        "refresh the origin of stage " + stageId)
                .filter(held -> !held)
                .ifPresent(held -> lost.add(stageId)));
        return lost;
    }

    /** Drops the stage's entry if it is still {@code instance}'s; does not wait. */
    public void release(long stageId, String instance) {
        map.change(key(stageId), current -> current != null && current.instance().equals(instance)
                ? Outcome.<Origin, Boolean>remove(true) : Outcome.keep(false))
                .exceptionally(e -> {
                    LOG.log(Level.WARNING, "Could not release the origin of stage " + stageId + " (it expires by itself)", e);
                    return false;
                });
    }

    /** The stage's origin, if any; empty too when the grid did not answer within the wait. */
    public Optional<Origin> find(long stageId) {
        return ClusterCalls.await(map.get(key(stageId)), wait, "find the origin of stage " + stageId).flatMap(o -> o);
    }

    /** Removes every entry of a member (it left the grid). Blocks until the grid has done it. */
    public void forgetMember(UUID member) {
        map.entries().forEach((stage, origin) -> {
            if (member.equals(origin.member())) {
                ClusterCalls.await(map.change(stage, current -> current != null && member.equals(current.member())
                        ? Outcome.<Origin, Boolean>remove(true) : Outcome.keep(false)),
                        wait, "forget the origin of stage " + stage);
            }
        });
    }

    /**
     * Registers the listener that forgets the entries of members that leave, running the removal on
     * {@code executor} (not on the grid's event thread); close the answer to stop.
     */
    public ClusterMembers.Registration watchMembers(Executor executor) {
        return members.onLeave(gone -> executor.execute(() -> {
            try {
                forgetMember(gone);
                LOG.info(() -> "Forgot the RTMP origins of the departed grid member " + gone);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not forget the RTMP origins of member " + gone
                        + " (they expire by themselves)", e);
            }
        }));
    }

    private static String key(long stageId) {
        return Long.toString(stageId);
    }
}
