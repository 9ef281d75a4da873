package dev.marquee.platform.infrastructure.security;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridMembers;
import dev.marquee.platform.spi.security.RateLimiter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plugin's cluster-wide limit: shared by the instances, apart from core's limits, named as topics are. */
class GridRateLimitersTest {

    private static GridMembers members;
    private static DataGrid a;
    private static DataGrid b;

    @BeforeAll
    static void startGrid() {
        members = GridMembers.started(2);
        a = new DataGrid(members.member(0), GridMembers.SEAL);
        b = new DataGrid(members.member(1), GridMembers.SEAL);
    }

    @AfterAll
    static void stopGrid() {
        members.close();
    }

    @Test
    void oneNameIsOneLimitOnEveryInstance() {
        RateLimiter onA = new GridRateLimiters(a).clusterWide("test.shared", 2, Duration.ofHours(1));
        RateLimiter onB = new GridRateLimiters(b).clusterWide("test.shared", 2, Duration.ofHours(1));

        assertThat(onA.acquire("ada")).isZero();
        assertThat(onB.acquire("ada")).isZero();
        assertThat(onA.acquire("ada")).isPositive();
        assertThat(onB.acquire("ada")).isPositive();
        assertThat(onB.acquire("bob")).isZero();
    }

    @Test
    void aPluginsLimitNeverSharesBucketsWithOneOfCores() {
        RateLimiter cores = new GridRateLimiter(a, "test.apart", 1, Duration.ofHours(1), Clock.systemUTC());
        RateLimiter plugins = new GridRateLimiters(a).clusterWide("test.apart", 1, Duration.ofHours(1));

        assertThat(cores.acquire("ada")).isZero();
        assertThat(plugins.acquire("ada")).isZero();
    }

    @Test
    void aNameIsThePluginsIdADotAndMore() {
        GridRateLimiters limits = new GridRateLimiters(a);
        for (String bad : new String[] {null, "groups", "Chat.groups", "chat.", ".groups", "chat groups", "chat/groups"}) {
            assertThatThrownBy(() -> limits.clusterWide(bad, 1, Duration.ofMinutes(1)))
                    .as(String.valueOf(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(limits.clusterWide("chat.groups", 1, Duration.ofMinutes(1))).isNotNull();
    }
}
