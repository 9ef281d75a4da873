package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
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

import java.util.Map;

import static dev.marquee.systemtest.EventsApiContract.event;
import static dev.marquee.systemtest.EventsApiContract.unique;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's stage and ticket-source forms in headless Chromium at 1280 px, as a new organizer
 * meets them: the stream key of an rtmp stage in front of them, settings that are not squeezed into a
 * scroll box, no sideways scrolling, errors on the field they belong to in the field's words, and what
 * to set for a plugin the server cannot use yet.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleFormsIT {

    /** True when some fieldset of the page scrolls inside itself (a fixed height with hidden fields). */
    private static final String A_FIELDSET_SCROLLS = """
            return [...document.querySelectorAll('form fieldset')].some(f =>
                ['auto', 'scroll'].includes(getComputedStyle(f).overflowY) || f.scrollHeight > f.clientHeight + 1);""";

    private static Browser browser;
    private static Api organizer;
    private static long eventId;
    private static String eventSlug;

    @RegisterExtension
    static final TestExecutionExceptionHandler EVIDENCE = (context, failure) -> {
        browser.saveEvidence("failed-console-" + context.getRequiredTestMethod().getName());
        throw failure;
    };

    @BeforeAll
    static void signIn(MarqueeServer server) {
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        eventSlug = unique("forms");
        eventId = organizer.post("/api/v1/events", event(eventSlug, "TICKETED")).json().get("id").asLong();
        browser = Browser.open(server);
        browser.go("/admin");
        browser.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                .click(By.cssSelector("button[type=submit]"));
        browser.find(By.linkText("New event"));
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    /** Opens a console page afresh (a hash change alone keeps an open form open). */
    private static void open(String hash) {
        browser.go("/admin#" + hash);
        browser.driver().navigate().refresh();
    }

    private static void newStage(String provider) {
        open("/events/" + eventId + "/stages");
        browser.click(By.xpath("//button[normalize-space(.)='Add a stage']"));
        browser.find(By.id("stage-name"));
        new Select(browser.find(By.id("stage-provider"))).selectByValue(provider);
    }

    private static void addStage() {
        browser.click(By.xpath("//button[normalize-space(.)='Add stage']"));
    }

    @Test
    @Order(1)
    void theServerAndStreamKeyOfAnRtmpStageAreShownRightAfterItIsAddedAndInTheList() {
        newStage("rtmp");
        browser.type(By.id("stage-name"), "Studio");
        addStage();

        browser.find(By.id("stage-added"));
        long stageId = organizer.get("/api/v1/events/" + eventId + "/stages").json().get(0).get("id").asLong();
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        String server = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/url").asText();
        assertThat(browser.find(By.id("stage-added")).getText()).contains("Studio").contains("OBS");
        assertThat(browser.find(By.id("ingest-url-" + stageId)).getText()).isEqualTo(server).startsWith("rtmp://");
        WebElement shownKey = browser.find(By.id("stream-key-" + stageId));
        assertThat(shownKey.getText()).as("a secret: hidden until asked for").doesNotContain(key);
        browser.find(By.xpath("//button[@aria-label='Copy key of Studio']"));
        browser.click(By.xpath("//button[@aria-label='Show stream key of Studio']"));
        assertThat(browser.find(By.id("stream-key-" + stageId)).getText()).isEqualTo(key);
        browser.screenshot("30-rtmp-stage-added");

        // still there when the organizer comes back to the list later
        open("/events/" + eventId + "/stages");
        assertThat(browser.find(By.id("ingest-url-" + stageId)).getText()).isEqualTo(server);
        assertThat(browser.driver().findElements(By.id("stage-added"))).isEmpty();
    }

    @Test
    @Order(2)
    void anExternalStageShowsAllItsSettingsAndRefusesAnHttpStreamOnItsField() {
        newStage("external");
        browser.type(By.id("stage-name"), "Main Hall");
        assertThat(browser.find(By.id("stage-slug")).getAttribute("value")).isEqualTo("main-hall");
        assertThat(browser.find(By.id("stage-slug-help")).getText()).isEqualTo("Watched at /e/" + eventSlug + "/main-hall");
        assertThat(browser.script(A_FIELDSET_SCROLLS)).as("settings grow with the form").isEqualTo(false);
        assertThat(browser.find(By.id("stage-setting-live")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("stage-setting-url-help")).getText()).contains("https://");

        browser.type(By.id("stage-setting-url"), "http://cdn.example/live/main.m3u8");
        addStage();
        WebElement refusal = browser.find(By.cssSelector("[data-field-error=stage-setting-url]"));
        assertThat(refusal.getText()).contains("https://");
        WebElement url = browser.find(By.id("stage-setting-url"));
        assertThat(url.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(url.getAttribute("aria-describedby")).contains("stage-setting-url-error");
        browser.script("document.getElementById('stage-setting-url').scrollIntoView({block: 'center'})");
        browser.screenshot("31-external-http-refused");
    }

    @Test
    @Order(3)
    void theAddressPreviewIsShownOnlyForAValidAddressAndATakenAddressIsSaidOnTheField() {
        newStage("external");
        browser.type(By.id("stage-name"), "Second Studio");
        browser.type(By.id("stage-slug"), "Second Studio");
        assertThat(browser.find(By.id("stage-slug-help")).getText()).doesNotContain("/e/").containsIgnoringCase("lower-case");

        browser.type(By.id("stage-slug"), "studio");
        browser.type(By.id("stage-setting-url"), "https://cdn.example/live/second.m3u8");
        addStage();
        WebElement taken = browser.find(By.cssSelector("[data-field-error=stage-slug]"));
        assertThat(taken.getText()).contains("address").doesNotContainIgnoringCase("slug");
        WebElement slug = browser.find(By.id("stage-slug"));
        assertThat(slug.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(slug.getAttribute("aria-describedby")).contains("stage-slug-error");
        assertThat(browser.find(By.cssSelector("form [role=alert]")).getText())
                .as("said once, on the field").doesNotContain(taken.getText());
        browser.screenshot("32-address-taken");

        browser.type(By.id("stage-slug"), "Bad Address");
        addStage();
        browser.waitUntil(d -> d.findElement(By.cssSelector("[data-field-error=stage-slug]")).getText()
                .startsWith("The address must be") ? Boolean.TRUE : null);
        assertThat(browser.find(By.tagName("form")).getText()).doesNotContainIgnoringCase("slug");

        open("/events/new");
        browser.type(By.id("event-title"), "Same Address");
        browser.type(By.id("event-slug"), eventSlug);
        browser.type(By.id("event-timezone"), "UTC");
        browser.click(By.xpath("//button[normalize-space(.)='Create event']"));
        assertThat(browser.find(By.cssSelector("[data-field-error=event-slug]")).getText())
                .contains("address /e/" + eventSlug).doesNotContainIgnoringCase("slug");
        assertThat(browser.find(By.id("event-slug")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    @Order(4)
    void aTwilioStageNamesTheVariablesTheServerStillNeeds() {
        newStage("twilio-video");
        WebElement help = browser.find(By.id("stage-provider-help"));
        assertThat(help.getText()).contains("TWILIO_ACCOUNT_SID").contains("TWILIO_AUTH_TOKEN")
                .doesNotContain("not configured on this server yet");
        assertThat(browser.find(By.id("stage-provider")).getAttribute("aria-describedby")).contains("stage-provider-help");
        browser.screenshot("33-twilio-not-configured");
    }

    @Test
    @Order(5)
    void theTicketsTabFitsA1280PixelWindowAndSaysWhatAnUploadNeeds() {
        open("/events/" + eventId + "/tickets");
        browser.find(By.id("tickets-title"));
        WebElement columns = browser.find(By.id("upload-columns"));
        assertThat(columns.getText()).contains("Ticket ID").contains("Email").contains("Purchase Date");
        assertThat(browser.script("return window.innerWidth")).isEqualTo(1280L);
        assertThat((Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("no sideways scrolling").isLessThanOrEqualTo(0L);
        browser.screenshot("34-tickets");
    }

    @Test
    @Order(6)
    void theTicketSourceFormSpeaksPlainLanguageAndShowsEveryField() {
        open("/events/" + eventId + "/tickets");
        browser.click(By.xpath("//button[normalize-space(.)='Add a ticket source']"));
        WebElement form = browser.find(By.id("source-form-title"));
        String text = browser.find(By.tagName("form")).getText();
        assertThat(text).doesNotContain("ISO-8601").doesNotContain("PT15S").doesNotContain("PT1M")
                .doesNotContain("{").doesNotContain("kept secret").contains("How often to check");
        String headersHelp = browser.find(By.id("source-setting-headers-help")).getText();
        assertThat(headersHelp.split("secret", -1)).as("the secret note once: " + headersHelp).hasSize(2);
        assertThat(browser.find(By.id("source-setting-pollInterval")).getAttribute("value")).isEqualTo("1");
        assertThat(new Select(browser.find(By.name("pollInterval-unit"))).getFirstSelectedOption().getText())
                .isEqualTo("minutes");
        assertThat(browser.script(A_FIELDSET_SCROLLS)).as("settings grow with the form").isEqualTo(false);
        assertThat(browser.find(By.id("source-setting-timezone")).isDisplayed()).isTrue();
        assertThat(form.isDisplayed()).isTrue();
        browser.screenshot("35-ticket-source-form");
        browser.script("document.getElementById('source-setting-columns').scrollIntoView({block: 'center'})");
        browser.screenshot("36-ticket-source-columns");

        browser.type(By.id("source-setting-exportUrl"), "https://tickets.example/export.csv");
        browser.type(By.id("source-setting-pollInterval"), "5");
        new Select(browser.find(By.name("pollInterval-unit"))).selectByValue("seconds");
        browser.click(By.xpath("//button[normalize-space(.)='Add ticket source']"));
        assertThat(browser.find(By.cssSelector("[data-field-error=source-setting-pollInterval]")).getText())
                .contains("15 seconds").doesNotContain("PT");
        assertThat(organizer.get("/api/v1/events/" + eventId + "/ticket-sources").json()).isEmpty();
    }

    @Test
    @Order(7)
    void theApiRefusesAnHttpStreamForAnExternalStage() {
        Api.Reply refused = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "plain",
                "name", "Plain", "provider", "external", "settings", Map.of("url", "http://cdn.example/x.m3u8")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/fields/0/name").asText()).isEqualTo("url");
    }
}
