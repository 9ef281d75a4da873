package dev.marquee.plugin.chat.stage;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.DefaultClusterMaps;
import dev.marquee.platform.infrastructure.cluster.DefaultClusterMembers;
import dev.marquee.platform.infrastructure.cluster.GridMembers;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StageOwnersTest {

    @Test
    void theFirstInstanceOwnsAStageUntilItIsGone() throws InterruptedException {
        try (GridMembers members = new GridMembers(3)) {
            members.start(0);
            members.start(1);
            members.start(2);
            StageOwners onA = owners(members.grid(0));
            StageOwners onB = owners(members.grid(1));
            UUID a = members.grid(0).localMember();
            UUID b = members.grid(1).localMember();
            UUID c = members.grid(2).localMember();
            assertThat(owners(members.grid(2)).ownerOf(42)).isEqualTo(c);
            assertThat(onA.ownerOf(42)).isEqualTo(c);
            assertThat(onB.ownerOf(43)).isEqualTo(b);
            assertThat(onA.ownerOf(43)).isEqualTo(b);

            members.member(2).getLifecycleService().terminate();
            long deadline = System.nanoTime() + 15_000_000_000L;
            while ((members.grid(0).members().size() > 2 || members.grid(1).members().size() > 2) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(onA.ownerOf(42)).as("a claim of a member that is gone is taken over").isEqualTo(a);
            assertThat(onB.ownerOf(42)).isEqualTo(a);

            onA.forget(b);
            String map = GridMembers.SEAL.name("plugin." + StageOwners.MAP);
            assertThat(members.member(0).getMap(map).containsKey(GridMembers.SEAL.key(map, "43"))).isFalse();
            assertThat(onA.ownerOf(43)).isEqualTo(a);
        }
    }

    /** The owners of the instance on {@code grid}, through core's implementation of the plugin API. */
    private static StageOwners owners(DataGrid grid) {
        return new StageOwners(new DefaultClusterMaps(grid), new DefaultClusterMembers(grid));
    }
}
