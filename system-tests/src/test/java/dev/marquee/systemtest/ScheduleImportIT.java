package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.EventsApiContract.unique;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing a schedule from frab's {@code schedule.xml} (uploaded) and pretalx's JSON (from a URL on
 * a local export server, 127.0.0.2, the one internal address the shared server may fetch from):
 * preview, apply with a room → stage mapping, a re-import that keeps an organizer's edit, a URL kept in
 * sync, the refusals (XXE, an internal address, a file changed since its preview), and the console.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class ScheduleImportIT {

    private static ExportServer exports;

    private MarqueeServer server;
    private Api organizer;

    @BeforeAll
    static void startExportServer() {
        exports = new ExportServer();
    }

    @AfterAll
    static void stopExportServer() {
        exports.close();
    }

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private long event() {
        Api.Reply created = organizer.post("/api/v1/events", Map.of("slug", unique("import"), "title", "HackConf 2027",
                "timezone", "Europe/Berlin", "access", "PUBLIC"));
        return created.json().get("id").asLong();
    }

    private long stage(long eventId, String name) {
        Api.Reply created = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", unique("s"),
                "name", name, "provider", "external", "settings", Map.of("url", "https://cdn.example/live.m3u8")));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Api.Reply previewXml(long eventId, String xml) {
        return organizer.postAs("/api/v1/events/" + eventId + "/schedule/import/preview", "application/xml",
                xml.getBytes(StandardCharsets.UTF_8));
    }

    private Api.Reply apply(long eventId, Map<String, Object> body) {
        return organizer.post("/api/v1/events/" + eventId + "/schedule/import/apply", body);
    }

    private JsonNode sessions(long stageId) {
        return organizer.get("/api/v1/stages/" + stageId + "/sessions").json();
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aFrabXmlUploadIsPreviewedThenAppliedAndAReimportKeepsTheOrganizersEdit() {
        long eventId = event();
        long saal = stage(eventId, "Saal 1");
        long workshop = stage(eventId, "Workshops");
        long handMade = organizer.post("/api/v1/stages/" + saal + "/sessions", Map.of("title", "Lunch",
                "startsAt", "2027-06-10T12:00:00+02:00", "endsAt", "2027-06-10T13:00:00+02:00")).json()
                .get("session").get("id").asLong();

        Api.Reply preview = previewXml(eventId, ScheduleFiles.frabXml("Welcome to HackConf"));
        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        JsonNode p = preview.json();
        assertThat(p.get("format").asText()).isEqualTo("frab_xml");
        assertThat(p.get("rooms").findValuesAsText("name")).containsExactly("Saal 1", "Werkstatt");
        assertThat(p.get("rooms").get(0).get("stageId").asLong()).as("matched by name").isEqualTo(saal);
        assertThat(p.get("rooms").get(1).get("stageId").isNull()).as("no stage of that name").isTrue();
        assertThat(p.get("counts").get("create").asInt()).isEqualTo(2);
        assertThat(p.get("counts").get("unmapped").asInt()).isEqualTo(1);
        assertThat(p.get("problems").get(0).get("position").asText()).isEqualTo("day 1 (2027-06-10), room \"Saal 1\", event 304");
        assertThat(sessions(saal)).as("a preview changes nothing").hasSize(1);

        Map<String, Object> mapping = Map.of("Saal 1", saal, "Werkstatt", workshop);
        Api.Reply applied = apply(eventId, body("file", ScheduleFiles.frabXml("Welcome to HackConf"), "mapping", mapping,
                "digest", p.get("digest").asText()));
        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(200);
        assertThat(applied.json().get("counts").get("create").asInt()).isEqualTo(3);
        JsonNode keynote = sessions(saal).get(0);
        assertThat(keynote.get("title").asText()).isEqualTo("Welcome to HackConf");
        assertThat(OffsetDateTime.parse(keynote.get("startsAt").asText()).toInstant())
                .isEqualTo(Instant.parse("2027-06-10T08:00:00Z"));
        assertThat(sessions(workshop).get(0).get("speakers").toString()).contains("Alan Turing", "Hedy Lamarr");

        long keynoteId = keynote.get("id").asLong();
        Api.Reply edited = organizer.put("/api/v1/sessions/" + keynoteId, Map.of("title", "Welcome (edited here)",
                "startsAt", keynote.get("startsAt").asText(), "endsAt", keynote.get("endsAt").asText(),
                "speakers", List.of("Ada Lovelace")));
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);

        String changed = ScheduleFiles.frabXml("Welcome, as the file now says").replace("Streaming at scale",
                "Streaming at planet scale");
        Api.Reply again = apply(eventId, body("file", changed, "mapping", mapping));
        assertThat(again.status()).as(again.raw().body()).isEqualTo(200);
        JsonNode counts = again.json().get("counts");
        assertThat(counts.get("keep").asInt()).isEqualTo(1);
        assertThat(counts.get("update").asInt()).isEqualTo(1);
        assertThat(counts.get("unchanged").asInt()).isEqualTo(1);
        assertThat(sessions(saal).findValuesAsText("title")).containsExactly("Welcome (edited here)",
                "Streaming at planet scale", "Lunch");
        assertThat(sessions(saal).findValuesAsText("id")).contains(String.valueOf(handMade));
    }

    @Test
    void anApplyOfAFileOtherThanThePreviewedOneIsRefused() {
        long eventId = event();
        long saal = stage(eventId, "Saal 1");
        String digest = previewXml(eventId, ScheduleFiles.frabXml("One")).json().get("digest").asText();

        Api.Reply refused = apply(eventId, body("file", ScheduleFiles.frabXml("Two"), "mapping", Map.of("Saal 1", saal),
                "digest", digest));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(sessions(saal)).isEmpty();
    }

    @Test
    void xmlWithADoctypeIsRefusedAndNothingOutsideIsRead() {
        long eventId = event();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE schedule [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<schedule><conference><title>&x;</title></conference></schedule>";

        Api.Reply refused = previewXml(eventId, xxe);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("DTD").doesNotContain("root:");
    }

    @Test
    void onlyOrganizersImport() {
        long eventId = event();
        Api.Reply anonymous = new Api(server).postAs("/api/v1/events/" + eventId + "/schedule/import/preview",
                "application/xml", ScheduleFiles.frabXml("x").getBytes(StandardCharsets.UTF_8));
        assertThat(anonymous.status()).isIn(401, 403);
    }

    @Test
    void aPretalxJsonAtAUrlIsImportedAndKeptInSync() {
        long eventId = event();
        long hall = stage(eventId, "Main Hall");
        String path = "/" + unique("pretalx") + "/schedule.json";
        String url = exports.publishOpen(path, "application/json", ScheduleFiles.pretalxJson("Workshop: testing"));

        Api.Reply preview = organizer.post("/api/v1/events/" + eventId + "/schedule/import/preview", Map.of("url", url));
        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        assertThat(preview.json().get("format").asText()).isEqualTo("schedule_json");
        assertThat(preview.json().get("rooms").get(0).get("stageId").asLong()).isEqualTo(hall);

        Api.Reply applied = apply(eventId, body("url", url, "mapping", Map.of("Main Hall", hall), "syncMinutes", 1,
                "digest", preview.json().get("digest").asText()));
        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(200);
        assertThat(sessions(hall).findValuesAsText("title")).containsExactly("Opening", "Workshop: testing");
        assertThat(OffsetDateTime.parse(sessions(hall).get(0).get("startsAt").asText()).toInstant())
                .isEqualTo(Instant.parse("2027-03-02T14:00:00Z"));
        assertThat(sessions(hall).get(0).get("speakers").toString()).contains("Tim E.");
        JsonNode feed = organizer.get("/api/v1/events/" + eventId + "/schedule/import/feed").json();
        assertThat(feed.get("url").asText()).isEqualTo(url);
        assertThat(feed.get("syncMinutes").asInt()).isEqualTo(1);

        exports.publishOpen(path, "application/json", ScheduleFiles.pretalxJson("Workshop: testing, renamed"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(100));
        while (!sessions(hall).findValuesAsText("title").contains("Workshop: testing, renamed")) {
            assertThat(Instant.now()).as("the feed is fetched again within its minute").isBefore(deadline);
            MarqueeServer.sleep(2000);
        }
        JsonNode synced = organizer.get("/api/v1/events/" + eventId + "/schedule/import/feed").json();
        assertThat(synced.get("lastResult").asText()).contains("1 updated");
        assertThat(synced.get("lastError").isNull()).isTrue();

        assertThat(organizer.delete("/api/v1/events/" + eventId + "/schedule/import/feed").status()).isEqualTo(204);
        assertThat(organizer.get("/api/v1/events/" + eventId + "/schedule/import/feed").status()).isEqualTo(404);
    }

    @Test
    void aScheduleOnAnInternalAddressIsNotFetched() {
        long eventId = event();
        try (ExportServer internal = ExportServer.on("127.0.0.1")) {
            String path = "/" + unique("internal") + "/schedule.json";
            String url = internal.publishOpen(path, "application/json", ScheduleFiles.pretalxJson("x"));

            Api.Reply refused = organizer.post("/api/v1/events/" + eventId + "/schedule/import/preview", Map.of("url", url));

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("detail").asText()).contains("marquee.outbound.allow");
            assertThat(internal.requests(path)).isZero();
        }
    }

    @Test
    void theConsoleImportsAFileAfterShowingWhatWouldChange() throws Exception {
        long eventId = event();
        stage(eventId, "Saal 1");
        stage(eventId, "Workshops");
        Path file = Files.createTempFile(Path.of(System.getProperty("marquee.work.dir", "target")), "schedule-", ".xml");
        Files.writeString(file, ScheduleFiles.frabXml("Welcome to HackConf"));
        try (Browser browser = Browser.open(server)) {
            browser.go("/admin");
            browser.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                    .click(By.cssSelector("button[type=submit]"));
            browser.find(By.linkText("New event"));
            browser.go("/admin#/events/" + eventId + "/schedule");
            browser.find(By.id("import-title"));
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            browser.waitForText("This import would bring");
            browser.script("document.getElementById('import-title').scrollIntoView()");
            browser.screenshot("40-schedule-import-preview");

            new Select(browser.find(By.cssSelector("select[aria-label='Stage for Werkstatt']"))).selectByVisibleText("Workshops");
            browser.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("3 new") ? Boolean.TRUE : null);
            browser.screenshot("41-schedule-import-mapped");

            browser.click(By.xpath("//button[normalize-space(.)='Apply import']"));
            browser.waitForText("Imported:");
            browser.script("document.getElementById('import-summary').scrollIntoView()");
            browser.waitForText("Hands-on: OBS scenes");
            browser.screenshot("42-schedule-imported");

            String url = exports.publishOpen("/" + unique("console") + "/schedule.json", "application/json",
                    ScheduleFiles.pretalxJson("Workshop: testing"));
            browser.type(By.id("import-url"), url);
            browser.click(By.id("import-sync"));
            browser.click(By.xpath("//button[normalize-space(.)='Preview']"));
            browser.waitForText("From " + url);
            new Select(browser.find(By.cssSelector("select[aria-label='Stage for Main Hall']"))).selectByVisibleText("Saal 1");
            browser.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("2 new") ? Boolean.TRUE : null);
            browser.click(By.xpath("//button[normalize-space(.)='Apply import']"));
            browser.waitForText("Kept in sync with");
            browser.script("document.getElementById('import-title').scrollIntoView()");
            browser.screenshot("43-schedule-import-sync");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
