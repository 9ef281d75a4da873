package dev.marquee.platform.application.viewing;

import dev.marquee.platform.infrastructure.cluster.GridChange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OpenStreamsGridTest {

    private static final UUID ME = new UUID(1, 1);
    private static final UUID GONE = new UUID(2, 2);

    private static GridStream stream(int i, long event, UUID member) {
        return new GridStream("s" + i, event, 7, "Main", "Firefox", 1_000L + i, member);
    }

    private static List<GridStream> streams(int n, long event) {
        List<GridStream> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(stream(i, event, ME));
        }
        return out;
    }

    @Test
    void underTheEventsLimitTheStreamIsListed() {
        var outcome = OpenStreamsGrid.admitting(streams(1, 5), Set.of(ME), stream(99, 5, ME), 2);
        assertThat(outcome.kind()).isEqualTo(GridChange.Outcome.Kind.SET);
        assertThat(outcome.value()).hasSize(2);
        assertThat(outcome.answer()).isEmpty();
    }

    @Test
    void atTheEventsLimitTheStreamIsRefusedNamingTheOpenOnesOldestFirst() {
        List<GridStream> current = new ArrayList<>(List.of(stream(2, 5, ME), stream(1, 5, ME), stream(3, 6, ME)));
        var outcome = OpenStreamsGrid.admitting(current, Set.of(ME), stream(99, 5, ME), 2);
        assertThat(outcome.kind()).isEqualTo(GridChange.Outcome.Kind.KEEP);
        assertThat(outcome.answer()).hasValueSatisfying(r -> {
            assertThat(r.limit()).isEqualTo(2);
            assertThat(r.streams()).extracting(s -> s.id()).containsExactly("s1", "s2");
        });
    }

    @Test
    void streamsOfAnInstanceThatLeftDoNotCount() {
        List<GridStream> current = new ArrayList<>(List.of(stream(1, 5, GONE), stream(2, 5, GONE)));
        var outcome = OpenStreamsGrid.admitting(current, Set.of(ME), stream(99, 5, ME), 2);
        assertThat(outcome.answer()).isEmpty();
        assertThat(outcome.value()).extracting(GridStream::id).containsExactly("s99");
    }

    @Test
    void listingAddsOnlyStreamsTheEntryDoesNotHoldAndDropsDeadInstances() {
        List<GridStream> current = new ArrayList<>(List.of(stream(1, 5, ME), stream(2, 5, GONE)));
        var outcome = OpenStreamsGrid.adding(current, Set.of(ME), List.of(stream(1, 5, ME), stream(3, 6, ME)));
        assertThat(outcome.kind()).isEqualTo(GridChange.Outcome.Kind.SET);
        assertThat(outcome.value()).extracting(GridStream::id).containsExactly("s1", "s3");
    }

    @Test
    void aLimitAboveTheListedMostStillHolds() {
        var outcome = OpenStreamsGrid.admitting(streams(OpenStreamsGrid.MAX_LISTED + 5, 5), Set.of(ME), stream(99, 5, ME), 100);
        assertThat(outcome.answer()).isEmpty();
        assertThat(outcome.value()).hasSize(OpenStreamsGrid.MAX_LISTED + 6);
    }
}
