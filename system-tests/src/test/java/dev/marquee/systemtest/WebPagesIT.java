package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in headless Chromium against marquee.war: an organizer sets up HackConf (three Vimeo
 * stages with schedules) through the console alone; a guest watches a stage; a ticketed event sends
 * visitors to sign in and back. Screenshots of the key pages land in target/screenshots.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPagesIT {

    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String SLUG = "hackconf-" + Long.toString(System.nanoTime(), 36).substring(0, 5);

    private static Browser organizer;
    private static Browser visitor;

    /** On a failure, what both browsers showed and logged, beside the other screenshots. */
    @RegisterExtension
    static final TestExecutionExceptionHandler EVIDENCE = (context, failure) -> {
        String name = "failed-" + context.getRequiredTestMethod().getName();
        organizer.saveEvidence(name + "-organizer");
        visitor.saveEvidence(name + "-visitor");
        throw failure;
    };

    @BeforeAll
    static void openBrowsers(MarqueeServer server) {
        organizer = Browser.open(server);
        visitor = Browser.open(server);
    }

    @AfterAll
    static void closeBrowsers() {
        organizer.close();
        visitor.close();
    }

    @Test
    @Order(1)
    void anOrganizerSetsUpHackConfThroughTheConsole() {
        organizer.go("/admin");
        organizer.screenshot("01-admin-sign-in");
        organizer.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                .click(By.cssSelector("button[type=submit]"));
        organizer.click(By.linkText("New event"));
        organizer.type(By.id("event-title"), "HackConf 2026").type(By.id("event-slug"), SLUG)
                .type(By.id("event-description"), "Three stages, one day of talks.")
                .type(By.id("event-timezone"), "Europe/Sofia");
        new Select(organizer.find(By.id("event-access"))).selectByValue("PUBLIC");
        organizer.screenshot("02-new-event");
        organizer.click(By.xpath("//button[normalize-space(.)='Create event']"));
        organizer.find(By.xpath("//button[normalize-space(.)='Add a stage']"));

        addStage("Main Stage", "https://vimeo.com/" + VimeoStandIn.KEYNOTE_ID, true);
        addStage("Workshops", """
                <div style="padding:56.25% 0 0 0;position:relative;"><iframe src="https://player.vimeo.com/video/148751763\
                ?badge=0&amp;autopause=0&amp;player_id=0&amp;app_id=58479" frameborder="0" allow="autoplay; fullscreen; \
                picture-in-picture; clipboard-write; encrypted-media" style="position:absolute;top:0;left:0;width:100%;\
                height:100%;" title="Workshops reel"></iframe></div><script src="https://player.vimeo.com/api/player.js"></script>""",
                false);
        addStage("Lounge", "https://vimeo.com/event/253989945", false);
        organizer.waitForText("Lounge");
        organizer.screenshot("04-stages");

        LocalDateTime now = LocalDateTime.now(SOFIA).truncatedTo(ChronoUnit.MINUTES);
        organizer.click(By.linkText("Schedule"));
        addSession("Main Stage", "Keynote: the web is the venue", "Ada Lovelace", now.minusMinutes(30), now.plusMinutes(60));
        addSession("Main Stage", "Scaling live video", "Grace Hopper", now.plusMinutes(60), now.plusMinutes(120));
        addSession("Workshops", "Hands-on: OBS", "Alan Turing", now.minusMinutes(15), now.plusMinutes(45));
        addSession("Lounge", "Hallway track", "", now.plusMinutes(90), now.plusMinutes(180));
        organizer.waitForText("Hallway track");
        organizer.screenshot("05-schedule");
    }

    private void addStage(String name, String source, boolean showRefusalFirst) {
        organizer.click(By.xpath("//button[normalize-space(.)='Add a stage']"));
        organizer.type(By.id("stage-name"), name);
        new Select(organizer.find(By.id("stage-provider"))).selectByValue("vimeo");
        if (showRefusalFirst) {
            organizer.setValue(By.id("stage-setting-source"),
                    "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>");
            organizer.click(By.xpath("//button[normalize-space(.)='Add stage']"));
            WebElement refusal = organizer.find(By.cssSelector("[data-field-error=stage-setting-source]"));
            assertThat(refusal.getText()).containsIgnoringCase("youtube").containsIgnoringCase("vimeo");
            assertThat(organizer.find(By.id("stage-setting-source")).getAttribute("aria-invalid")).isEqualTo("true");
            organizer.screenshot("03-embed-refused");
        }
        organizer.setValue(By.id("stage-setting-source"), source);
        organizer.click(By.xpath("//button[normalize-space(.)='Add stage']"));
        organizer.find(By.xpath("//li//strong[text()='" + name + "']"));
    }

    private void addSession(String stage, String title, String speakers, LocalDateTime start, LocalDateTime end) {
        organizer.click(By.xpath("//button[normalize-space(.)='Add a session to " + stage + "']"));
        organizer.type(By.id("session-title"), title);
        if (!speakers.isEmpty()) {
            organizer.type(By.id("session-speakers"), speakers);
        }
        organizer.setValue(By.id("session-starts"), LOCAL.format(start)).setValue(By.id("session-ends"), LOCAL.format(end));
        organizer.click(By.xpath("//button[normalize-space(.)='Add session']"));
        organizer.find(By.xpath("//strong[text()='" + title + "']"));
    }

    @Test
    @Order(2)
    void aGuestWatchesAStageOfThePublicEvent() {
        visitor.go("/e/" + SLUG);
        visitor.waitForText("Keynote: the web is the venue");
        assertThat(visitor.driver().findElements(By.cssSelector("ul[aria-label=Stages] > li"))).hasSize(3);
        visitor.screenshot("06-event-page");

        visitor.click(By.linkText("Main Stage"));
        assertThat(visitor.path()).isEqualTo("/e/" + SLUG + "/main-stage");
        // A PUBLIC stage plays at once: no name is asked before the player.
        WebElement player = visitor.find(By.cssSelector(".player iframe"));
        assertThat(visitor.driver().getPageSource()).contains("watching as a guest");
        visitor.type(By.id("chat-text"), "Hello from Ada").click(By.xpath("//button[normalize-space(.)='Send']"));
        visitor.type(By.cssSelector("dialog[open] input[name=displayName]"), "Ada")
                .click(By.xpath("//dialog//button[normalize-space(.)='Join']"));
        visitor.find(By.xpath("//li[contains(@class,'chat-message')]//strong[text()='Ada']"));
        assertThat(player.getAttribute("src")).startsWith("https://player.vimeo.com/video/" + VimeoStandIn.KEYNOTE_ID);
        assertThat(player.getAttribute("title")).contains(VimeoStandIn.KEYNOTE_TITLE);
        assertThat(visitor.find(By.id("now-playing")).getText()).contains("Now:", "Keynote: the web is the venue");
        assertThat(visitor.find(By.cssSelector("[aria-current=time]")).getText()).contains("Keynote");
        assertThat(visitor.driver().getPageSource()).contains("watching as Ada");
        visitor.screenshot("07-stage-page");

        visitor.click(By.linkText("Workshops"));
        assertThat(visitor.find(By.cssSelector(".player iframe")).getAttribute("src"))
                .startsWith("https://player.vimeo.com/video/148751763");

        visitor.click(By.linkText("Lounge"));
        visitor.waitForText("Starts soon");
        visitor.screenshot("08-stage-starts-soon");
        visitor.click(By.xpath("//button[normalize-space(.)='Open the player now']"));
        assertThat(visitor.find(By.cssSelector(".player iframe")).getAttribute("src"))
                .startsWith("https://vimeo.com/event/253989945/embed");

        visitor.resize(390, 844);
        visitor.go("/e/" + SLUG + "/main-stage");
        visitor.find(By.cssSelector(".player iframe"));
        visitor.screenshot("09-stage-page-phone");
        visitor.resize(1280, 900);
    }

    @Test
    @Order(3)
    void aTicketedEventSendsVisitorsToSignInAndBack(MarqueeServer server, TestMailServer mail) {
        Api api = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String slug = SLUG + "-vip";
        long eventId = api.post("/api/v1/events", Map.of("slug", slug, "title", "HackConf VIP",
                "timezone", "Europe/Sofia", "access", "TICKETED")).json().get("id").asLong();
        api.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "VIP Stage",
                "provider", "vimeo", "settings", Map.of("source", "https://vimeo.com/" + VimeoStandIn.KEYNOTE_ID)));
        String email = slug + "@example.org";
        String csv = "Ticket ID,Order ID,First Name,Last Name,Email,Ticket Type,Status,Purchase Date\n"
                + slug + "-1,O-1,Grace,Hopper," + email + ",VIP,paid,2026-05-04 10:00:00\n";
        JsonNode run = api.postAs("/api/v1/events/" + eventId + "/imports", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(run.get("created").asInt()).isEqualTo(1);
        String code = mail.awaitCode(email, 1);

        Browser guest = Browser.open(server);
        try {
            guest.go("/e/" + slug + "/main");
            guest.find(By.id("code"));
            assertThat(guest.path()).isEqualTo("/login");
            assertThat(guest.driver().getCurrentUrl()).contains("next=%2Fe%2F" + slug + "%2Fmain");
            guest.type(By.id("code"), code).click(By.cssSelector("button[type=submit]"));
            WebElement player = guest.find(By.cssSelector(".player iframe"));
            assertThat(guest.path()).isEqualTo("/e/" + slug + "/main");
            assertThat(player.getAttribute("src")).startsWith("https://player.vimeo.com/video/" + VimeoStandIn.KEYNOTE_ID);
            assertThat(guest.driver().getPageSource()).contains("Signed in as Grace");
        } finally {
            guest.close();
        }
    }

    @Test
    @Order(4)
    void theDemoEventIsWatchableAndTheConsoleListsPlugins() {
        visitor.go("/");
        visitor.script("localStorage.setItem('marquee.guestName', 'Demo viewer')");
        visitor.find(By.linkText("Marquee Demo Conf"));
        visitor.screenshot("10-lobby");
        visitor.click(By.linkText("Marquee Demo Conf"));
        visitor.click(By.linkText("Main Stage"));
        WebElement video = visitor.find(By.cssSelector(".player video"));
        assertThat(video.getAttribute("aria-label")).contains("Main Stage");

        organizer.go("/admin#/plugins");
        organizer.waitForText("vimeo");
        List<String> ids = organizer.driver().findElements(By.cssSelector("td code")).stream().map(WebElement::getText).toList();
        assertThat(ids).contains("vimeo", "external", "weemss-csv", "access-code", "password");
        organizer.screenshot("11-plugins");
    }

    @Test
    @Order(5)
    void aMessageTypedOnOnePageAppearsOnAnother() {
        visitor.go("/e/" + SLUG + "/main-stage");
        organizer.go("/e/" + SLUG + "/main-stage");
        organizer.find(By.cssSelector("#chat-text:not([disabled])"));
        visitor.find(By.cssSelector("#chat-text:not([disabled])"));
        organizer.type(By.id("chat-text"), "Welcome to HackConf! Slides: https://example.org/slides")
                .click(By.xpath("//form//button[normalize-space(.)='Send']"));
        WebElement seen = visitor.find(By.xpath("//*[@aria-label='Messages']//li[contains(., 'Welcome to HackConf!')]"));
        assertThat(seen.getText()).containsIgnoringCase("organizer");
        assertThat(seen.findElement(By.tagName("a")).getAttribute("href")).isEqualTo("https://example.org/slides");

        visitor.type(By.id("chat-text"), "<img src=x onerror=alert(1)>Thanks <b>all</b>!")
                .click(By.xpath("//form//button[normalize-space(.)='Send']"));
        WebElement reply = organizer.find(By.xpath("//*[@aria-label='Messages']//li[contains(., 'Thanks')]"));
        assertThat(reply.getText()).contains("Demo viewer", "Thanks all!");
        assertThat(reply.findElements(By.tagName("img"))).isEmpty();
        assertThat(reply.findElements(By.xpath(".//button[normalize-space(.)='Ban']"))).hasSize(1);
        assertThat(visitor.driver().findElements(By.xpath("//button[normalize-space(.)='Ban']"))).isEmpty();
        organizer.find(By.xpath("//section[@aria-labelledby='groups-title']//button[normalize-space(.)='New group']"));
        assertThat(visitor.driver().findElements(By.id("groups-title"))).as("guests see nothing of group chats").isEmpty();
        organizer.screenshot("12-stage-chat-host");
        visitor.screenshot("13-stage-chat-guest");
    }

    /** A plugin's organizer page sends a signed-out organizer to {@code /admin?next=...}: signed in, they are back. */
    @Test
    @Order(6)
    void anOrganizerSentToTheConsoleToSignInComesBack(MarqueeServer server) {
        try (Browser fresh = Browser.open(server)) {
            fresh.go("/admin?next=" + URLEncoder.encode("/admin#/plugins", StandardCharsets.UTF_8));
            fresh.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                    .click(By.cssSelector("button[type=submit]"));
            fresh.waitForText("vimeo");
            assertThat(fresh.driver().getCurrentUrl()).endsWith("/admin#/plugins");
            fresh.go("/admin?next=" + URLEncoder.encode("//evil.example/", StandardCharsets.UTF_8));
            fresh.find(By.linkText("New event"));
            assertThat(fresh.driver().getCurrentUrl()).as("signed in already: the console, not another site")
                    .startsWith(server.uri("/admin").toString());
        }
    }
}
