package dev.marquee.plugin.chat.room;

import dev.marquee.platform.infrastructure.cluster.DefaultClusterMaps;
import dev.marquee.platform.infrastructure.cluster.GridMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rate limit and slow mode hold for a person posting through two instances. */
class PostingGateTest {

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
    void theBurstIsSharedByBothInstances() {
        PostingGate onA = new PostingGate(new DefaultClusterMaps(members.grid(0)));
        PostingGate onB = new PostingGate(new DefaultClusterMaps(members.grid(1)));
        long t = 1_000_000;
        assertThat(onA.take("stage:1", "attendee:1", 3, 1, 0, t)).hasValue(PostingGate.Verdict.ALLOWED);
        assertThat(onB.take("stage:1", "attendee:1", 3, 1, 0, t)).hasValue(PostingGate.Verdict.ALLOWED);
        assertThat(onA.take("stage:1", "attendee:1", 3, 1, 0, t)).hasValue(PostingGate.Verdict.ALLOWED);
        assertThat(onB.take("stage:1", "attendee:1", 3, 1, 0, t)).hasValue(new PostingGate.Verdict(false, false, 1000));
        assertThat(onB.take("stage:2", "attendee:1", 3, 1, 0, t)).as("another room").hasValue(PostingGate.Verdict.ALLOWED);
        assertThat(onA.take("stage:1", "attendee:1", 3, 1, 0, t + 1000)).hasValue(PostingGate.Verdict.ALLOWED);
    }

    @Test
    void slowModeHoldsWhicheverInstanceThePersonPostsTo() {
        PostingGate onA = new PostingGate(new DefaultClusterMaps(members.grid(0)));
        PostingGate onB = new PostingGate(new DefaultClusterMaps(members.grid(1)));
        long t = 5_000_000;
        assertThat(onA.take("stage:3", "guest:x", 5, 1, 10, t)).hasValue(PostingGate.Verdict.ALLOWED);
        assertThat(onB.take("stage:3", "guest:x", 5, 1, 10, t + 4000)).hasValue(new PostingGate.Verdict(false, true, 6000));
        assertThat(onB.take("stage:3", "guest:x", 5, 1, 10, t + 10_000)).hasValue(PostingGate.Verdict.ALLOWED);
    }
}
