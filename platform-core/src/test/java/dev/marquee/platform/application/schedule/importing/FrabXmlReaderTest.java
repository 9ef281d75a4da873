package dev.marquee.platform.application.schedule.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.marquee.platform.application.schedule.importing.Fixtures.file;
import static dev.marquee.platform.application.schedule.importing.Fixtures.read;
import static dev.marquee.platform.application.schedule.importing.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrabXmlReaderTest {

    @Test
    void readsEveryTalkOfTheScheduleXmlWithItsOffsetsApplied() throws Exception {
        ParsedSchedule schedule = read(file("frab-schedule.xml"));

        assertThat(schedule.format()).isEqualTo(ScheduleFormat.FRAB_XML);
        assertThat(schedule.talks()).extracting(ImportedTalk::externalId).containsExactly(
                "5f0c3e4a-1111-4c6b-9a70-000000000101", "5f0c3e4a-1111-4c6b-9a70-000000000102",
                "5f0c3e4a-1111-4c6b-9a70-000000000103", "5f0c3e4a-1111-4c6b-9a70-000000000104");
        ImportedTalk opening = schedule.talks().get(0);
        assertThat(opening.title()).isEqualTo("Opening & welcome");
        assertThat(opening.startsAt()).isEqualTo(Instant.parse("2026-09-18T08:00:00Z"));
        assertThat(opening.endsAt()).isEqualTo(Instant.parse("2026-09-18T08:45:00Z"));
        assertThat(opening.room()).isEqualTo("Saal 1");
        assertThat(opening.speakers()).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(opening.abstractText()).isEqualTo("How the two days will go.");
        assertThat(schedule.rooms()).containsExactly(java.util.Map.entry("Saal 1", 3), java.util.Map.entry("Workshop Room", 1));
    }

    @Test
    void aTalkWithoutADateTakesItsDaysDateAndStartInTheFilesTimeZone() throws Exception {
        ImportedTalk workshop = read(file("frab-schedule.xml")).talks().get(1);

        assertThat(workshop.startsAt()).isEqualTo(Instant.parse("2026-09-18T09:00:00Z")); // 11:00 in Berlin, summer
        assertThat(workshop.endsAt()).isEqualTo(Instant.parse("2026-09-18T10:30:00Z"));
        assertThat(workshop.abstractText()).as("an empty abstract gives way to the description").isEqualTo("Bring a board.");
    }

    @Test
    void anOffsetOtherThanTheConferencesIsRespected() throws Exception {
        assertThat(read(file("frab-schedule.xml")).talks().get(3).startsAt()).isEqualTo(Instant.parse("2026-09-19T15:00:00Z"));
    }

    @Test
    void aBrokenEventIsReportedWithItsPositionAndTheRestImports() throws Exception {
        ParsedSchedule schedule = read(file("frab-schedule.xml"));

        assertThat(schedule.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo("day 2 (2026-09-19), room \"Saal 1\", event 105");
            assertThat(p.reason()).contains("duration");
            assertThat(p.externalId()).isEqualTo("5f0c3e4a-1111-4c6b-9a70-000000000105");
        });
    }

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<schedule><day index=\"1\" date=\"2026-09-18\"><room name=\"A\"><event guid=\"g\" id=\"1\">"
                + "<date>2026-09-18T10:00:00+02:00</date><duration>00:30</duration><title>&xxe;</title>"
                + "</event></room></day></schedule>";

        assertThatThrownBy(() -> read(utf8(xxe))).isInstanceOf(ScheduleParseException.class)
                .hasMessageContaining("DTD").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void entityExpansionIsRefusedBeforeItStarts() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE schedule [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<schedule><conference><title>&b;</title></conference></schedule>";

        assertThatThrownBy(() -> read(utf8(laughs))).isInstanceOf(ScheduleParseException.class).hasMessageContaining("DTD");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWhole() {
        byte[] xml = file("frab-schedule.xml");

        assertThatThrownBy(() -> new ScheduleReader(new ScheduleLimits(xml.length - 1, 100)).read(xml))
                .isInstanceOf(ScheduleParseException.class).hasMessageContaining("larger than");
        assertThatThrownBy(() -> new ScheduleReader(new ScheduleLimits(100, 100))
                .load(new java.io.ByteArrayInputStream(xml))).hasMessageContaining("larger than 100 bytes");
    }

    @Test
    void moreTalksThanTheLimitRefuseTheFile() {
        assertThatThrownBy(() -> new ScheduleReader(new ScheduleLimits(1 << 20, 3)).read(file("frab-schedule.xml")))
                .isInstanceOf(ScheduleParseException.class).hasMessageContaining("more than 3 talks");
    }

    @Test
    void xmlThatIsNotWellFormedOrNotAScheduleIsRefusedWithWhere() {
        assertThatThrownBy(() -> read(utf8("<schedule>\n<day>\n</schedule>"))).hasMessageContaining("line 3");
        assertThatThrownBy(() -> read(utf8("<html><body/></html>"))).hasMessageContaining("not a schedule.xml");
        for (String nonsense : List.of("", "   ", "hello", "[1,2]")) {
            assertThatThrownBy(() -> read(utf8(nonsense))).as(nonsense).isInstanceOf(ScheduleParseException.class);
        }
    }
}
