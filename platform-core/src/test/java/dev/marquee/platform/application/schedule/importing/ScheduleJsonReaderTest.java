package dev.marquee.platform.application.schedule.importing;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.marquee.platform.application.schedule.importing.Fixtures.file;
import static dev.marquee.platform.application.schedule.importing.Fixtures.read;
import static dev.marquee.platform.application.schedule.importing.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleJsonReaderTest {

    @Test
    void readsPretalxsScheduleJson() throws Exception {
        ParsedSchedule schedule = read(file("pretalx-schedule.json"));

        assertThat(schedule.format()).isEqualTo(ScheduleFormat.SCHEDULE_JSON);
        assertThat(schedule.talks()).extracting(ImportedTalk::title).containsExactly("Keynote: the web in 2026",
                "Accessible forms", "Hallway track: CSS grid clinic");
        ImportedTalk keynote = schedule.talks().get(0);
        assertThat(keynote.externalId()).isEqualTo("d2c1a8e0-2222-5b7a-8c11-000000000201");
        assertThat(keynote.startsAt()).isEqualTo(Instant.parse("2026-05-04T13:30:00Z"));
        assertThat(keynote.endsAt()).isEqualTo(Instant.parse("2026-05-04T14:10:00Z"));
        assertThat(keynote.speakers()).as("the public name first").containsExactly("Tim B.");
        assertThat(schedule.talks().get(1).speakers()).as("else the name").containsExactly("Léonie Watson", "Sam Example");
        assertThat(schedule.talks().get(2).room()).isEqualTo("Room B");
        assertThat(schedule.talks().get(2).abstractText()).isEqualTo("Bring your layouts.");
    }

    @Test
    void aTalkWithAGarbledDateIsReportedAndTheRestImports() throws Exception {
        ParsedSchedule schedule = read(file("pretalx-schedule.json"));

        assertThat(schedule.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo("day 1 (2026-05-04), room \"Main Hall\", event 203");
            assertThat(p.reason()).contains("ISO-8601");
        });
    }

    @Test
    void itemsOfTheWrongTypeAreReportedNotFatal() throws Exception {
        String json = """
                {"schedule": {"conference": {"days": [
                  "not a day",
                  {"index": 1, "date": "2026-05-04", "rooms": {"A": "not a list", "B": [42, {"guid": "x", "title": "Fine",
                    "date": "2026-05-04T10:00:00Z", "duration": "00:10"}]}}
                ]}}}""";

        ParsedSchedule schedule = read(utf8(json));

        assertThat(schedule.talks()).extracting(ImportedTalk::title).containsExactly("Fine");
        assertThat(schedule.problems()).extracting(ParseProblem::position).containsExactly("day at position 1",
                "day 1, room \"A\"", "day 1 (2026-05-04), room \"B\", event without an id");
    }

    @Test
    void aTalkWithoutADateNeedsTheFilesTimeZone() throws Exception {
        String json = """
                {"schedule": {"conference": {"days": [{"index": 1, "date": "2026-05-04", "rooms": {"A": [
                  {"guid": "x", "title": "T", "start": "10:00", "duration": "00:10"}]}}]}}}""";

        assertThat(read(utf8(json)).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("names no time zone"));
        assertThat(read(utf8(json.replace("\"days\"", "\"time_zone_name\": \"Europe/Vienna\", \"days\""))).talks())
                .singleElement().satisfies(t -> assertThat(t.startsAt()).isEqualTo(Instant.parse("2026-05-04T08:00:00Z")));
    }

    @Test
    void jsonThatIsNotAScheduleIsRefused() {
        assertThatThrownBy(() -> read(utf8("{\"schedule\": 1"))).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read(utf8("{\"talks\": []}"))).hasMessageContaining("no schedule.conference.days");
    }

    @Test
    void repeatedIdsKeepTheFirstTalk() throws Exception {
        String talk = "{\"guid\": \"same\", \"title\": \"%s\", \"date\": \"2026-05-04T10:00:00Z\", \"duration\": \"00:10\"}";
        String json = "{\"schedule\": {\"conference\": {\"days\": [{\"index\": 1, \"rooms\": {\"A\": ["
                + talk.formatted("First") + "," + talk.formatted("Second") + "]}}]}}}";

        ParsedSchedule schedule = read(utf8(json));

        assertThat(schedule.talks()).extracting(ImportedTalk::title).containsExactly("First");
        assertThat(schedule.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("same id"));
    }
}
