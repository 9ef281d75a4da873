package dev.marquee.plugin.rtmp.cluster;

import com.hazelcast.core.HazelcastInstance;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.DefaultClusterMaps;
import dev.marquee.platform.infrastructure.cluster.DefaultClusterMembers;
import dev.marquee.platform.infrastructure.cluster.GridMembers;
import dev.marquee.platform.spi.cluster.ClusterMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Two (and for a while three) real grid members: what one instance writes, the others see and obey. */
class OriginRegistryTest {

    private static final AtomicLong STAGES = new AtomicLong(100);
    private static GridMembers members;
    private static DataGrid gridA;
    private static DataGrid gridB;
    private static OriginRegistry onA;
    private static OriginRegistry onB;
    private static ExecutorService executor;

    @BeforeAll
    static void startGrid() throws Exception {
        members = new GridMembers(3);
        gridA = new DataGrid(members.start(0), GridMembers.SEAL);
        gridB = new DataGrid(members.start(1), GridMembers.SEAL);
        assertThat(gridA.members()).hasSize(2);
        onA = registry(gridA, Duration.ofSeconds(30));
        onB = registry(gridB, Duration.ofSeconds(30));
        executor = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stopGrid() {
        executor.shutdownNow();
        members.close();
    }

    /** The registry of the instance on {@code grid}, through core's implementation of the plugin API. */
    private static OriginRegistry registry(DataGrid grid, Duration ttl) {
        return new OriginRegistry(new DefaultClusterMaps(grid), new DefaultClusterMembers(grid), ttl, Duration.ofSeconds(5));
    }

    private static Origin origin(String instance, DataGrid grid, String url) {
        return Origin.starting(instance, grid.localMember(), url, Instant.parse("2026-11-21T12:00:00Z"));
    }

    @Test
    void aStageClaimedOnOneInstanceIsTakenForTheOtherAndFoundByBoth() {
        long stage = STAGES.incrementAndGet();
        Origin a = origin("instance-a", gridA, "http://127.0.0.1:18181");

        assertThat(onA.claim(stage, a)).isEqualTo(OriginRegistry.Claim.CLAIMED);
        assertThat(onB.claim(stage, origin("instance-b", gridB, "http://127.0.0.1:18182")))
                .isEqualTo(OriginRegistry.Claim.TAKEN);

        assertThat(onB.find(stage)).contains(a);
        assertThat(onA.find(stage)).contains(a);
        assertThat(onA.claim(stage, a)).as("claiming again is fine for the holder").isEqualTo(OriginRegistry.Claim.CLAIMED);
    }

    @Test
    void aReleasedStageIsFreeForAnotherInstance() throws Exception {
        long stage = STAGES.incrementAndGet();
        onA.claim(stage, origin("instance-a", gridA, "http://a"));

        onB.release(stage, "instance-b"); // not B's: nothing happens
        Thread.sleep(200);
        assertThat(onA.find(stage)).isPresent();

        onA.release(stage, "instance-a");
        awaitGone(onB, stage);
        assertThat(onB.claim(stage, origin("instance-b", gridB, "http://b"))).isEqualTo(OriginRegistry.Claim.CLAIMED);
        assertThat(onA.find(stage)).map(Origin::url).contains("http://b");
    }

    @Test
    void refreshingKeepsTheNumbersAndReportsStagesAnotherInstanceHolds() {
        long mine = STAGES.incrementAndGet();
        long theirs = STAGES.incrementAndGet();
        long expired = STAGES.incrementAndGet();
        Origin a = origin("instance-a", gridA, "http://a");
        onA.claim(mine, a);
        onB.claim(theirs, origin("instance-b", gridB, "http://b"));

        var lost = onA.refresh(Map.of(mine, a.refreshed(gridA.localMember(), 2500, 25.0, "1280x720"),
                theirs, a, expired, a));

        assertThat(lost).containsExactly(theirs);
        assertThat(onB.find(mine)).map(Origin::bitrateKbps).contains(2500L);
        assertThat(onB.find(mine)).map(Origin::resolution).contains("1280x720");
        assertThat(onB.find(expired)).as("an entry that was gone is put back").map(Origin::instance).contains("instance-a");
        assertThat(onB.find(theirs)).map(Origin::instance).contains("instance-b");
    }

    @Test
    void entriesExpireWithoutRefresh() throws Exception {
        OriginRegistry shortLived = registry(gridA, Duration.ofSeconds(1));
        long stage = STAGES.incrementAndGet();
        shortLived.claim(stage, origin("instance-a", gridA, "http://a"));
        assertThat(onB.find(stage)).isPresent();

        awaitGone(onB, stage);
    }

    @Test
    void theStagesOfAMemberThatDiesAreFreedAtOnce() throws Exception {
        ClusterMembers.Registration registrationA = onA.watchMembers(executor);
        try {
            HazelcastInstance c = members.start(2);
            DataGrid gridC = new DataGrid(c, GridMembers.SEAL);
            OriginRegistry onC = registry(gridC, Duration.ofSeconds(30));
            long stage = STAGES.incrementAndGet();
            assertThat(onC.claim(stage, origin("instance-c", gridC, "http://c"))).isEqualTo(OriginRegistry.Claim.CLAIMED);
            assertThat(onB.claim(stage, origin("instance-b", gridB, "http://b"))).isEqualTo(OriginRegistry.Claim.TAKEN);

            c.getLifecycleService().terminate(); // as kill -9: no goodbye

            awaitGone(onB, stage);
            assertThat(onB.claim(stage, origin("instance-b", gridB, "http://b"))).isEqualTo(OriginRegistry.Claim.CLAIMED);
        } finally {
            registrationA.close();
        }
    }

    @Test
    void aClaimTakesOverTheEntryOfAMemberNoLongerInTheGrid() {
        long stage = STAGES.incrementAndGet();
        Origin ghost = Origin.starting("instance-gone", UUID.randomUUID(), "http://gone", Instant.now());
        new DefaultClusterMaps(gridA).map(OriginRegistry.MAP, Origin.CODEC).set(Long.toString(stage), ghost, Duration.ZERO).toCompletableFuture().join();

        assertThat(onB.claim(stage, origin("instance-b", gridB, "http://b"))).isEqualTo(OriginRegistry.Claim.CLAIMED);
    }

    @Test
    void anOriginPlantedWithoutTheSecretIsNeverUsed() {
        long stage = STAGES.incrementAndGet();
        String map = GridMembers.SEAL.name("plugin." + OriginRegistry.MAP);
        String gridKey = GridMembers.SEAL.key(map, Long.toString(stage));
        byte[] planted = dev.marquee.platform.infrastructure.cluster.GridSeal.of(
                        "some other deployment's secret, 32+ bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .seal(map + "\n" + gridKey, Origin.CODEC.encode(origin("instance-evil", gridB, "http://169.254.169.254")));
        gridB.hazelcast().<String, byte[]>getMap(map).put(gridKey, planted);

        assertThat(onA.find(stage)).as("a planted origin is not found").isEmpty();
        assertThat(onA.claim(stage, origin("instance-a", gridA, "http://a"))).isEqualTo(OriginRegistry.Claim.CLAIMED);
        assertThat(onB.find(stage)).map(Origin::url).contains("http://a");
    }

    /** Waits (up to 20 s, a bound and not a measure) until the stage has no origin. */
    private static void awaitGone(OriginRegistry registry, long stage) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Optional<Origin> found = registry.find(stage);
        while (found.isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = registry.find(stage);
        }
        assertThat(found).isEmpty();
    }
}
