package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.spi.cluster.ClusterMembers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is in the cluster, on real grid members: ids, the host address, and departures heard once. */
class DefaultClusterMembersTest {

    @Test
    void aMemberThatDiesIsHeardLeavingAndDropsOutOfTheCurrentOnes() throws InterruptedException {
        try (GridMembers grid = GridMembers.started(3)) {
            ClusterMembers a = new DefaultClusterMembers(grid.grid(0));
            ClusterMembers c = new DefaultClusterMembers(grid.grid(2));
            UUID cId = c.self();
            assertThat(a.current()).hasSize(3).contains(a.self(), cId);
            assertThat(a.running()).isTrue();
            assertThat(a.hostAddress()).isEqualTo("127.0.0.1");

            BlockingQueue<UUID> left = new LinkedBlockingQueue<>();
            ClusterMembers.Registration listening = a.onLeave(id -> {
                left.add(id);
                throw new IllegalStateException("a failing listener is logged, not thrown at the grid");
            });
            List<UUID> afterClose = new CopyOnWriteArrayList<>();
            a.onLeave(afterClose::add).close();

            grid.member(2).getLifecycleService().terminate();

            assertThat(left.poll(20, TimeUnit.SECONDS)).isEqualTo(cId);
            assertThat(a.current()).hasSize(2).doesNotContain(cId);
            assertThat(afterClose).as("a closed registration hears nothing").isEmpty();
            listening.close();
            listening.close();
            assertThat(c.running()).isFalse();
        }
    }
}
