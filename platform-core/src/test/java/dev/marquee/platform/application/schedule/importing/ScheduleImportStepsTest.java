package dev.marquee.platform.application.schedule.importing;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.schedule.TimeSlot;
import dev.marquee.platform.domain.model.stage.Stage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static dev.marquee.platform.application.schedule.importing.Fixtures.file;
import static dev.marquee.platform.application.schedule.importing.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing into an event, again and again, with sessions edited and made by hand in between. */
class ScheduleImportStepsTest {

    private static final String OPENING = "5f0c3e4a-1111-4c6b-9a70-000000000101";
    private static final String WORKSHOP = "5f0c3e4a-1111-4c6b-9a70-000000000102";
    private static final String LIGHTNING = "5f0c3e4a-1111-4c6b-9a70-000000000103";
    private static final String CLOSING = "5f0c3e4a-1111-4c6b-9a70-000000000104";
    private static final String BROKEN = "5f0c3e4a-1111-4c6b-9a70-000000000105";

    private final InMemorySchedule db = new InMemorySchedule();
    private final Stage main = db.stage("Saal 1");
    private final Stage side = db.stage("Side stage");
    private final ScheduleImportSteps steps = db.steps();

    private ImportOutcome apply(ParsedSchedule file, Map<String, Long> mapping) {
        return steps.run(db.event.id(), "digest", file, mapping, true, null);
    }

    private Map<String, Long> mapping() {
        Map<String, Long> mapping = new HashMap<>();
        mapping.put("Saal 1", main.id());
        mapping.put("Workshop Room", side.id());
        return mapping;
    }

    @Test
    void thePreviewProposesStagesByRoomNameAndChangesNothing() throws Exception {
        ImportOutcome preview = steps.run(db.event.id(), "digest", read(file("frab-schedule.xml")), null, false, null);

        assertThat(preview.mapping()).containsEntry("Saal 1", main.id()).containsEntry("Workshop Room", null);
        assertThat(preview.plan().counts()).containsEntry(ChangeKind.CREATE, 3).containsEntry(ChangeKind.UNMAPPED, 1);
        assertThat(db.sessions()).isEmpty();
    }

    @Test
    void aFirstImportCreatesSessionsThatRememberTheirTalk() throws Exception {
        ImportOutcome outcome = apply(read(file("frab-schedule.xml")), mapping());

        assertThat(outcome.plan().counts()).containsEntry(ChangeKind.CREATE, 4);
        ScheduledSession opening = db.byExternalId(OPENING);
        assertThat(opening.stage()).isSameAs(main);
        assertThat(opening.slot()).isEqualTo(new TimeSlot(Instant.parse("2026-09-18T08:00:00Z"),
                Instant.parse("2026-09-18T08:45:00Z")));
        assertThat(opening.editedSinceImport()).isFalse();
        assertThat(db.byExternalId(LIGHTNING).stage()).isSameAs(side);
    }

    @Test
    void aReimportKeepsAManualEditUpdatesWhatChangedAndNeverTouchesHandMadeSessions() throws Exception {
        ScheduledSession handMade = db.handMade(main, "Lunch", Instant.parse("2026-09-18T11:00:00Z"),
                Instant.parse("2026-09-18T12:00:00Z"));
        apply(read(file("frab-schedule.xml")), mapping());
        ScheduledSession opening = db.byExternalId(OPENING);
        opening.change(opening.slot(), "Opening (moved to the big screen)", opening.description(), opening.speakers());

        String changed = new String(file("frab-schedule.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Workshop: Rust for embedded", "Workshop: Rust on microcontrollers")
                .replace("Opening &amp; welcome", "Opening, revised in the file");
        ImportOutcome again = apply(read(Fixtures.utf8(changed)), mapping());

        assertThat(again.plan().counts()).containsEntry(ChangeKind.KEEP, 1).containsEntry(ChangeKind.UPDATE, 1)
                .containsEntry(ChangeKind.UNCHANGED, 2).containsEntry(ChangeKind.CREATE, 0)
                .containsEntry(ChangeKind.REMOVE, 0);
        assertThat(db.byExternalId(OPENING).title()).isEqualTo("Opening (moved to the big screen)");
        assertThat(db.byExternalId(WORKSHOP).title()).isEqualTo("Workshop: Rust on microcontrollers");
        assertThat(db.sessions()).contains(handMade);
        assertThat(handMade.title()).isEqualTo("Lunch");
    }

    @Test
    void aTalkGoneFromTheFileIsRemovedUnlessEditedAndABrokenOneStays() throws Exception {
        apply(read(file("frab-schedule.xml")), mapping());
        ScheduledSession closing = db.byExternalId(CLOSING);
        closing.change(new TimeSlot(closing.slot().startsAt(), closing.slot().endsAt().plusSeconds(600)),
                closing.title(), closing.description(), closing.speakers());
        String fewer = new String(file("frab-schedule.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?s)<event guid=\"" + LIGHTNING + "\".*?</event>", "")
                .replaceAll("(?s)<event guid=\"" + CLOSING + "\".*?</event>", "");

        ImportOutcome again = apply(read(Fixtures.utf8(fewer)), mapping());

        assertThat(again.plan().counts()).containsEntry(ChangeKind.REMOVE, 1).containsEntry(ChangeKind.KEEP, 1);
        assertThat(db.sessions()).extracting(ScheduledSession::externalId).containsExactlyInAnyOrder(OPENING, WORKSHOP,
                CLOSING);
        assertThat(db.sessions()).noneMatch(s -> BROKEN.equals(s.externalId()));
    }

    @Test
    void aRoomMappedToAnotherStageMovesItsSessionsAndAnUnmappedRoomLeavesThemBe() throws Exception {
        apply(read(file("frab-schedule.xml")), mapping());
        Map<String, Long> moved = mapping();
        moved.put("Saal 1", side.id());
        moved.put("Workshop Room", null);

        ImportOutcome again = apply(read(file("frab-schedule.xml")), moved);

        assertThat(db.byExternalId(OPENING).stage()).isSameAs(side);
        assertThat(db.byExternalId(OPENING).editedSinceImport()).isFalse();
        assertThat(again.plan().counts()).containsEntry(ChangeKind.UPDATE, 3).containsEntry(ChangeKind.UNMAPPED, 1);
        assertThat(db.byExternalId(LIGHTNING).stage()).isSameAs(side);
    }

    @Test
    void aStageOfAnotherEventIsRefused() throws Exception {
        ParsedSchedule file = read(file("frab-schedule.xml"));

        assertThatThrownBy(() -> apply(file, Map.of("Saal 1", 999_999L))).isInstanceOf(Problem.class)
                .hasMessageContaining("not a stage of this event");
    }

    @Test
    void applyingWithAFeedKeepsTheUrlAndMapping() throws Exception {
        steps.run(db.event.id(), "digest", read(file("pretalx-schedule.json")), Map.of("Main Hall", main.id()), true,
                new ScheduleImportSteps.FeedRequest("https://pretalx.example.org/schedule.json", 5));

        assertThat(db.feed()).hasValueSatisfying(feed -> {
            assertThat(feed.url()).isEqualTo("https://pretalx.example.org/schedule.json");
            assertThat(feed.mapping()).containsEntry("Main Hall", main.id());
            assertThat(feed.intervalMinutes()).isEqualTo(5);
        });
        ImportOutcome preview = steps.run(db.event.id(), "d", read(file("pretalx-schedule.json")), null, false, null);
        assertThat(preview.mapping()).as("a saved mapping wins").containsEntry("Main Hall", main.id())
                .containsEntry("Room B", null);
    }
}
