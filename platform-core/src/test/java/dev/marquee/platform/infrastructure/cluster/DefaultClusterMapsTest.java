package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.spi.cluster.ClusterMap;
import dev.marquee.platform.spi.cluster.ClusterMaps;
import dev.marquee.platform.spi.cluster.ClusterTally;
import dev.marquee.platform.spi.cluster.EntryChange.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plugins' cluster maps and tallies on two real grid members: shared, atomic, sealed, apart from core's maps. */
class DefaultClusterMapsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static GridMembers members;
    private static ClusterMaps here;
    private static ClusterMaps there;

    @BeforeAll
    static void startGrid() {
        members = GridMembers.started(2);
        here = new DefaultClusterMaps(members.grid(0));
        there = new DefaultClusterMaps(members.grid(1));
    }

    @AfterAll
    static void stopGrid() {
        members.close();
    }

    private static <T> T done(CompletionStage<T> call) {
        return call.toCompletableFuture().orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    @Test
    void whatOneInstanceSetsTheOtherReadsAndRemoves() {
        ClusterMap<byte[]> mine = here.map("test-plugin.notes", GridCodec.bytes());
        ClusterMap<byte[]> theirs = there.map("test-plugin.notes", GridCodec.bytes());

        done(mine.set("a", new byte[] {1, 2}, Duration.ZERO));

        assertThat(done(theirs.get("a"))).hasValueSatisfying(v -> assertThat(v).containsExactly(1, 2));
        assertThat(theirs.entries()).containsOnlyKeys("a");
        done(theirs.remove("a"));
        assertThat(done(mine.get("a"))).isEmpty();
        assertThat(mine.name()).isEqualTo("test-plugin.notes");
    }

    @Test
    void changesFromBothInstancesAreAtomicAndAnswerWhatTheChangeSays() {
        ClusterMap<byte[]> mine = here.map("test-plugin.counter", GridCodec.bytes());
        ClusterMap<byte[]> theirs = there.map("test-plugin.counter", GridCodec.bytes());
        CompletableFuture<?>[] calls = IntStream.range(0, 100)
                .mapToObj(i -> (i % 2 == 0 ? mine : theirs).change("n", current -> {
                    int n = current == null ? 0 : current[0];
                    return Outcome.set(new byte[] {(byte) (n + 1)}, Duration.ZERO, n + 1);
                }).toCompletableFuture())
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(calls).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();

        assertThat(done(mine.get("n"))).hasValueSatisfying(v -> assertThat(v[0]).isEqualTo((byte) 100));
        Integer kept = done(theirs.change("n", current -> Outcome.<byte[], Integer>keep((int) current[0])));
        String removed = done(theirs.change("n", current -> Outcome.<byte[], String>remove("gone")));
        assertThat(kept).isEqualTo(100);
        assertThat(removed).isEqualTo("gone");
        assertThat(done(mine.get("n"))).isEmpty();
    }

    @Test
    void anEntryExpiresAfterItsTimeToLive() throws InterruptedException {
        ClusterMap<byte[]> mine = here.map("test-plugin.short", GridCodec.bytes());
        done(mine.change("k", current -> Outcome.set(new byte[] {7}, Duration.ofSeconds(2), true)));
        assertThat(done(mine.get("k"))).isPresent();

        long deadline = System.nanoTime() + WAIT.toNanos();
        Optional<byte[]> found = done(mine.get("k"));
        while (found.isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = done(mine.get("k"));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aPluginsMapLivesUnderPluginOnTheGridApartFromCoresStructure() {
        done(here.map("viewing.open", GridCodec.bytes()).set("k", new byte[] {9}, Duration.ZERO));

        assertThat(done(members.grid(1).sealedMap("viewing.open", GridCodec.bytes()).get("k")))
                .as("core's structure of the same name").isEmpty();
        assertThat(done(members.grid(1).sealedMap("plugin.viewing.open", GridCodec.bytes()).get("k"))).isPresent();
    }

    @Test
    void aTallySumsTheInstancesCounts() {
        ClusterTally onA = here.tally("test-plugin.viewers", Duration.ofSeconds(30));
        ClusterTally onB = there.tally("test-plugin.viewers", Duration.ofSeconds(30));

        assertThat(onA.report(Map.of("stage-1", 3), WAIT)).containsEntry("stage-1", 3);
        assertThat(onB.report(Map.of("stage-1", 4), WAIT)).containsEntry("stage-1", 7);
        assertThat(onA.report(Map.of("stage-1", 0), WAIT)).containsEntry("stage-1", 4);
    }

    @Test
    void namesStartWithThePluginsIdAndADot() {
        for (String wrong : new String[] {"origins", "Rtmp.origins", "a..b", "", "a b.c"}) {
            assertThatThrownBy(() -> here.map(wrong, GridCodec.bytes())).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> here.tally(wrong, Duration.ofSeconds(1))).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> here.tally("test-plugin.x", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
