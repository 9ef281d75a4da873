package dev.marquee.platform.infrastructure.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GridTallyTest {

    private static GridMembers members;

    @BeforeAll
    static void startGrid() {
        members = GridMembers.started(2);
    }

    @AfterAll
    static void stopGrid() {
        members.close();
    }

    @Test
    void sumsWhatEachMemberReportsAndLetsASilentMemberDropOut() {
        Instant start = Instant.parse("2026-11-21T10:00:00Z");
        Duration wait = Duration.ofSeconds(5);
        GridTally onA = new GridTally(members.grid(0), "test.tally", Duration.ofSeconds(6), Clock.fixed(start, ZoneOffset.UTC));
        GridTally onB = new GridTally(members.grid(1), "test.tally", Duration.ofSeconds(6), Clock.fixed(start, ZoneOffset.UTC));

        assertThat(onA.report(Map.of("stage:1", 3, "stage:2", 1), wait)).containsEntry("stage:1", 3).containsEntry("stage:2", 1);
        assertThat(onB.report(Map.of("stage:1", 4), wait)).containsEntry("stage:1", 7);
        assertThat(onA.report(Map.of("stage:1", 2), wait)).containsEntry("stage:1", 6);

        GridTally laterOnB = new GridTally(members.grid(1), "test.tally", Duration.ofSeconds(6),
                Clock.fixed(start.plusSeconds(10), ZoneOffset.UTC));
        assertThat(laterOnB.report(Map.of("stage:1", 4), wait)).as("A stopped reporting 10 s ago").containsEntry("stage:1", 4);
    }

    @Test
    void aKeyNobodyCountsIsRemoved() {
        GridTally onA = new GridTally(members.grid(0), "test.empty", Duration.ofSeconds(6), Clock.systemUTC());
        onA.report(Map.of("stage:9", 2), Duration.ofSeconds(5));
        onA.report(Map.of("stage:9", 0), Duration.ofSeconds(5));
        assertThat(members.member(1).getMap("test.empty").containsKey("stage:9")).isFalse();
    }
}
