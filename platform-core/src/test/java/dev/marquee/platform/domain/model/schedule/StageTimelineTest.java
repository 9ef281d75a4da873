package dev.marquee.platform.domain.model.schedule;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageTimelineTest {

    private static final Instant NINE = Instant.parse("2026-05-04T09:00:00Z");

    private static ScheduledSession session(long id, String title, int fromMinute, int toMinute) {
        ScheduledSession session = new ScheduledSession(null,
                new TimeSlot(NINE.plusSeconds(fromMinute * 60L), NINE.plusSeconds(toMinute * 60L)), title, null, List.of());
        try {
            Field field = ScheduledSession.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(session, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return session;
    }

    private final StageTimeline timeline = new StageTimeline(List.of(
            session(3, "Lunch", 180, 240), session(1, "Keynote", 0, 60), session(2, "Talk", 60, 120)));

    @Test
    void sortsByStart() {
        assertThat(timeline.sessions()).extracting(ScheduledSession::title).containsExactly("Keynote", "Talk", "Lunch");
    }

    @Test
    void nowIsTheSessionRunningWithTheEndExclusive() {
        assertThat(timeline.now(NINE.plusSeconds(30 * 60)).map(ScheduledSession::title)).contains("Keynote");
        assertThat(timeline.now(NINE.plusSeconds(60 * 60)).map(ScheduledSession::title)).contains("Talk");
        assertThat(timeline.now(NINE.plusSeconds(150 * 60))).isEmpty();
        assertThat(timeline.now(NINE.minusSeconds(1))).isEmpty();
    }

    @Test
    void nextIsTheFirstSessionStartingLater() {
        assertThat(timeline.next(NINE.minusSeconds(60)).map(ScheduledSession::title)).contains("Keynote");
        assertThat(timeline.next(NINE).map(ScheduledSession::title)).contains("Talk");
        assertThat(timeline.next(NINE.plusSeconds(150 * 60)).map(ScheduledSession::title)).contains("Lunch");
        assertThat(timeline.next(NINE.plusSeconds(200 * 60))).isEmpty();
    }

    @Test
    void whenSessionsOverlapNowIsTheOneThatStartedLast() {
        StageTimeline clash = new StageTimeline(List.of(session(1, "Long", 0, 120), session(2, "Lightning", 30, 40)));
        assertThat(clash.now(NINE.plusSeconds(35 * 60)).map(ScheduledSession::title)).contains("Lightning");
        assertThat(clash.now(NINE.plusSeconds(50 * 60)).map(ScheduledSession::title)).contains("Long");
    }

    @Test
    void overlapsLeaveOutTheSessionBeingEditedAndTouchingSlots() {
        TimeSlot slot = new TimeSlot(NINE.plusSeconds(30 * 60), NINE.plusSeconds(90 * 60));
        assertThat(timeline.overlapping(slot, null)).extracting(ScheduledSession::title).containsExactly("Keynote", "Talk");
        assertThat(timeline.overlapping(slot, 1L)).extracting(ScheduledSession::title).containsExactly("Talk");
        TimeSlot adjacent = new TimeSlot(NINE.plusSeconds(120 * 60), NINE.plusSeconds(180 * 60));
        assertThat(timeline.overlapping(adjacent, null)).isEmpty();
    }

    @Test
    void aSlotMustEndAfterItStarts() {
        assertThatThrownBy(() -> new TimeSlot(NINE, NINE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeSlot(NINE, NINE.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
