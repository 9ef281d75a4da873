package dev.marquee.platform.application.viewing;

import dev.marquee.platform.domain.model.viewing.ViewingRecord;
import dev.marquee.platform.domain.model.viewing.ViewingUpdate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewingJournalTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private final ViewingJournal journal = new ViewingJournal(Duration.ofMinutes(1));
    private final List<ViewingRecord> inserted = new ArrayList<>();
    private final List<ViewingUpdate> updated = new ArrayList<>();

    private void write(Collection<ViewingRecord> added, Collection<ViewingUpdate> changed) {
        inserted.addAll(added);
        updated.addAll(changed);
    }

    private LocalViewing open(String id) {
        LocalViewing v = new LocalViewing(new ViewingRecord(id, 1, 2, null, "ada", "Ada", "http-flv", "Firefox", "i",
                T0), new Person("ada", "Ada"), () -> { }, journal::closed);
        journal.opened(v);
        return v;
    }

    @Test
    void aBatchInsertsWhatOpenedAndUpdatesWhatEndedNeverOnePerPacket() {
        LocalViewing a = open("a");
        for (int i = 0; i < 1000; i++) {
            a.bytes(100);
        }
        assertThat(journal.flush(T0.plusSeconds(5), this::write)).isEqualTo(1);
        assertThat(inserted).extracting(ViewingRecord::bytes).containsExactly(100_000L);
        assertThat(inserted.get(0).endedAt()).isNull();

        a.bytes(50);
        assertThat(journal.flush(T0.plusSeconds(10), this::write)).as("nothing ended, no minute passed").isZero();

        a.close();
        a.close();
        assertThat(journal.flush(T0.plusSeconds(15), this::write)).isEqualTo(1);
        assertThat(updated).singleElement().satisfies(u -> {
            assertThat(u.bytes()).isEqualTo(100_050);
            assertThat(u.endedAt()).isNotNull();
        });
        assertThat(journal.open()).isEmpty();
    }

    @Test
    void aViewingOpenedAndEndedWithinOneBatchIsInsertedOnceWithItsEnd() {
        open("b").close();
        journal.flush(T0.plusSeconds(5), this::write);
        assertThat(inserted).singleElement().satisfies(r -> assertThat(r.endedAt()).isNotNull());
        assertThat(updated).isEmpty();
    }

    @Test
    void openViewingsAreTouchedOnceAMinuteSoADeadInstanceLeavesRowsEndingNearWhereItStopped() {
        open("c");
        journal.flush(T0.plusSeconds(61), this::write);
        journal.flush(T0.plusSeconds(125), this::write);
        assertThat(updated).singleElement().satisfies(u -> {
            assertThat(u.lastSeenAt()).isEqualTo(T0.plusSeconds(125));
            assertThat(u.endedAt()).isNull();
        });
    }

    @Test
    void aBatchTheDatabaseRefusedIsWrittenWithTheNextOne() {
        open("d");
        assertThatThrownBy(() -> journal.flush(T0, (added, changed) -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class);
        journal.flush(T0.plusSeconds(5), this::write);
        assertThat(inserted).extracting(ViewingRecord::id).containsExactly("d");
    }
}
