package dev.marquee.platform.application.viewing;

import dev.marquee.platform.domain.model.viewing.ViewingRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatPlanTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final long LIST_AFTER = 30_000;
    private static final long REWRITTEN_WITHIN = 60_000;

    private static LocalViewing viewing(String id, String subject, long startedSecondsAfterT0, LocalViewing.Listing listing) {
        LocalViewing v = new LocalViewing(new ViewingRecord(id, 1, 2, null, subject, subject, "http-flv", "Firefox", "i",
                T0.plusSeconds(startedSecondsAfterT0)), subject == null ? null : new Person(subject, subject), () -> { }, x -> { });
        v.listing(listing);
        return v;
    }

    private static List<HeartbeatPlan.Step> at(long secondsAfterT0, int maxListed, LocalViewing... open) {
        return HeartbeatPlan.decide(List.of(open), T0.plusSeconds(secondsAfterT0).toEpochMilli(), LIST_AFTER,
                REWRITTEN_WITHIN, maxListed);
    }

    @Test
    void aStreamWithoutALimitIsNotListedBeforeItHasPlayedAWhile() {
        LocalViewing young = viewing("a", "ada", 0, LocalViewing.Listing.WAITING);
        assertThat(at(29, 32, young)).isEmpty();
        assertThat(young.listing()).isEqualTo(LocalViewing.Listing.WAITING);
    }

    @Test
    void aStreamThatHasPlayedAWhileIsAddedNotRewritten() {
        LocalViewing due = viewing("a", "ada", 0, LocalViewing.Listing.WAITING);
        List<HeartbeatPlan.Step> steps = at(30, 32, due);
        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.subject()).isEqualTo("ada");
            assertThat(step.rewrite()).isFalse();
            assertThat(step.streams()).containsExactly(due);
            assertThat(step.newlyListed()).containsExactly(due);
        });
        assertThat(due.listing()).isEqualTo(LocalViewing.Listing.LISTED);
        assertThat(at(45, 32, due)).as("listed within the last minute: nothing to write").isEmpty();
    }

    @Test
    void anEntryWithOnlyOldStreamsIsRewrittenWithTheNewlyListedToo() {
        LocalViewing old = viewing("a", "ada", 0, LocalViewing.Listing.LISTED);
        LocalViewing due = viewing("b", "ada", 40, LocalViewing.Listing.WAITING);
        List<HeartbeatPlan.Step> steps = at(70, 32, old, due);
        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.rewrite()).isTrue();
            assertThat(step.streams()).containsExactly(old, due);
            assertThat(step.newlyListed()).containsExactly(due);
        });
    }

    @Test
    void pastTheListedMostTheOldestAreListedAndTheRestNever() {
        LocalViewing a = viewing("a", "ada", 3, LocalViewing.Listing.WAITING);
        LocalViewing b = viewing("b", "ada", 1, LocalViewing.Listing.WAITING);
        LocalViewing c = viewing("c", "ada", 2, LocalViewing.Listing.WAITING);
        assertThat(at(40, 2, a, b, c)).singleElement()
                .satisfies(step -> assertThat(step.newlyListed()).containsExactly(b, c));
        assertThat(a.listing()).isEqualTo(LocalViewing.Listing.UNLISTED);
        assertThat(at(200, 2, a)).as("an unlisted stream is never written").isEmpty();
    }

    @Test
    void guestsAndClosedStreamsAreLeftAlone() {
        LocalViewing guest = viewing("g", null, 0, LocalViewing.Listing.WAITING);
        LocalViewing closed = viewing("c", "ada", 0, LocalViewing.Listing.LISTED);
        closed.close();
        assertThat(at(200, 32, guest, closed)).isEmpty();
    }
}
