package dev.marquee.platform.application.viewing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceMathTest {

    private static final long MIN = 60_000;

    @Test
    void aPersonsOverlappingStreamsCountOnceAndGuestsAreAnonymousViewers() {
        List<Watched> viewings = List.of(
                new Watched("ada", 1, 0, 10 * MIN),
                new Watched("ada", 2, 5 * MIN, 15 * MIN),   // overlaps her first: 15 minutes in all
                new Watched("bob", 1, 20 * MIN, 25 * MIN),  // 5 minutes
                new Watched(null, 1, 0, 7 * MIN));           // a guest, 7 minutes

        AttendanceFigures f = AttendanceMath.figures(viewings, Long.MIN_VALUE, Long.MAX_VALUE);

        assertThat(f.uniqueViewers()).isEqualTo(2);
        assertThat(f.anonymousViewers()).isEqualTo(1);
        assertThat(f.peakConcurrent()).isEqualTo(3);
        assertThat(f.averageMinutes()).isEqualTo(new BigDecimal("9.00")); // (15 + 5 + 7) / 3
    }

    @Test
    void aSessionCountsOnlyWhatWasWatchedWithinItsSlot() {
        List<Watched> viewings = List.of(new Watched("ada", 1, 0, 30 * MIN), new Watched("bob", 1, 25 * MIN, 40 * MIN));

        AttendanceFigures f = AttendanceMath.figures(viewings, 20 * MIN, 30 * MIN);

        assertThat(f.uniqueViewers()).isEqualTo(2);
        assertThat(f.peakConcurrent()).isEqualTo(2);
        assertThat(f.averageMinutes()).isEqualTo(new BigDecimal("7.50")); // (10 + 5) / 2
        assertThat(AttendanceMath.figures(viewings, 50 * MIN, 60 * MIN)).isEqualTo(AttendanceFigures.NONE);
    }

    @Test
    void oneEndingAsAnotherStartsIsNotConcurrent() {
        assertThat(AttendanceMath.peak(List.of(new Watched("a", 1, 0, 10), new Watched("b", 1, 10, 20)))).isEqualTo(1);
    }

    @Test
    void theSeriesCountsViewingsOpenWithinEachStepAndGrowsItsStepToFit() {
        List<Watched> viewings = List.of(new Watched("a", 1, 0, 90_000), new Watched("b", 1, 60_000, 61_000));

        List<long[]> series = AttendanceMath.series(viewings, 0, 120_000, MIN, 720);
        assertThat(series).hasSize(2);
        assertThat(series.get(0)).containsExactly(0, 1);
        assertThat(series.get(1)).containsExactly(60_000, 2);

        List<long[]> day = AttendanceMath.series(viewings, 0, 24 * 60 * MIN, MIN, 720);
        assertThat(day).hasSize(720);
        assertThat(day.get(1)[0]).isEqualTo(2 * MIN);
    }
}
