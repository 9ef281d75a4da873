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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page people use, checked with axe-core in headless Chromium at 1280 px: no serious or critical
 * violation on the lobby, an event, its stages (with the guest name dialog), the pop-out chat (also
 * transparent), the embedded player, the sign-in page and every console page and tab. Also
 * what the organizer and attendee trial of issue 21 met on these pages: schedule times that ran out of
 * their cards, and an off-air stage that blamed the browser. Ends with an organizer creating an event
 * with the keyboard alone.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityIT {

    private static final String SLUG = "a11y-" + Long.toString(System.nanoTime(), 36).substring(0, 5);
    private static final String TICKETED = SLUG + "-tix";

    private static Browser browser;
    private static Api organizer;
    private static long eventId;

    @RegisterExtension
    static final TestExecutionExceptionHandler EVIDENCE = (context, failure) -> {
        browser.saveEvidence("failed-a11y-" + context.getRequiredTestMethod().getName());
        throw failure;
    };

    @BeforeAll
    static void setUp(MarqueeServer server) {
        browser = Browser.open(server);
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        eventId = organizer.post("/api/v1/events", Map.of("slug", SLUG, "title", "Accessible Conf",
                "description", "Talks for everyone.", "timezone", "America/Los_Angeles", "access", "PUBLIC"))
                .json().get("id").asLong();
        long external = stage("main", "Main Stage", "external", Map.of("url", "https://example.org/live.m3u8"));
        stage("studio", "Studio", "rtmp", Map.of());
        stage("workshops", "Workshops with a rather long name for a stage", "external",
                Map.of("url", "https://example.org/other.m3u8"));
        // The first talk is on now: the current session's mark makes its card's content narrower still.
        Instant start = Instant.now().minus(10, ChronoUnit.MINUTES);
        for (int i = 0; i < 3; i++) {
            organizer.post("/api/v1/stages/" + external + "/sessions", Map.of("title", "Talk number " + (i + 1)
                    + ": accessibility in practice", "speakers", List.of("Speaker " + i),
                    "startsAt", start.plus(i, ChronoUnit.HOURS).toString(),
                    "endsAt", start.plus(i, ChronoUnit.HOURS).plus(45, ChronoUnit.MINUTES).toString()));
        }
        organizer.post("/api/v1/events", Map.of("slug", TICKETED, "title", "Ticketed Conf", "timezone", "UTC",
                "access", "TICKETED"));
    }

    private static long stage(String slug, String name, String provider, Map<String, Object> settings) {
        return organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", slug, "name", name,
                "provider", provider, "settings", settings)).json().get("id").asLong();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @Order(1)
    void theAttendeePagesHaveNoSeriousViolations() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        check(found, "/", "Accessible Conf");
        check(found, "/e/" + SLUG, "Talk number 3");
        check(found, "/e/" + SLUG + "/main", "Talk number 1");
        browser.type(By.id("chat-text"), "Hello").click(By.xpath("//button[normalize-space(.)='Send']"));
        browser.find(By.cssSelector("dialog[open] input[name=displayName]"));
        MarqueeServer.sleep(300);
        found.put("/e/" + SLUG + "/main (asked for a name)", Accessibility.seriousViolations(browser));
        browser.type(By.cssSelector("dialog[open] input[name=displayName]"), "Axe Tester")
                .click(By.xpath("//dialog//button[normalize-space(.)='Join']"));
        browser.waitForText("watching as Axe Tester");
        MarqueeServer.sleep(300);
        found.put("/e/" + SLUG + "/main (as a guest)", Accessibility.seriousViolations(browser));
        check(found, "/e/" + SLUG + "/main/chat", "Chat");
        check(found, "/e/" + SLUG + "/main/chat?transparent=1", "Chat");
        browser.go("/embed/" + SLUG + "/main");
        browser.find(By.cssSelector("main.embed .player"));
        MarqueeServer.sleep(300);
        found.put("/embed/" + SLUG + "/main", Accessibility.seriousViolations(browser));
        check(found, "/e/" + SLUG + "/studio", "Off air");
        check(found, "/login?next=/e/" + TICKETED, "Sign in");
        assertThat(found).as("serious or critical axe violations per page").allSatisfy((page, v) -> assertThat(v).isEmpty());

        // The check itself sees a violation: an image without a text alternative is a critical one.
        browser.script("const i = document.createElement('img'); i.src = '/none.png'; document.body.appendChild(i);");
        assertThat(Accessibility.seriousViolations(browser)).anyMatch(v -> v.contains("image-alt"));
    }

    @Test
    @Order(2)
    void scheduleTimesStayInsideTheirCards() {
        browser.go("/e/" + SLUG);
        browser.waitForText("Talk number 3");
        browser.screenshot("a11y-event-page-1280");
        Object overflowing = browser.script("""
                return [...document.querySelectorAll('.card')].filter(c => c.scrollWidth > c.clientWidth + 1)
                  .map(c => c.textContent.slice(0, 60));""");
        assertThat((List<?>) overflowing).as("cards whose content is wider than the card").isEmpty();
    }

    @Test
    @Order(3)
    void anOffAirStageSaysSoAndDoesNotBlameTheBrowser() {
        browser.go("/e/" + SLUG + "/studio");
        browser.waitForText("Off air");
        String player = browser.find(By.cssSelector(".player")).getText();
        assertThat(player).contains("starts here by itself").doesNotContainIgnoringCase("browser");
        browser.screenshot("a11y-stage-off-air");
    }

    @Test
    @Order(4)
    void everyConsolePageHasNoSeriousViolations() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        browser.go("/admin");
        browser.find(By.id("email"));
        found.put("/admin (sign-in)", Accessibility.seriousViolations(browser));
        browser.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                .click(By.cssSelector("button[type=submit]"));
        browser.find(By.linkText("New event"));
        found.put("#/events", Accessibility.seriousViolations(browser));
        check(found, "/admin#/events/new", "Create event");
        check(found, "/admin#/plugins", "Plugins");
        check(found, "/admin#/mail", "Send a test mail");
        browser.go("/admin#/events/" + eventId);
        browser.find(By.cssSelector("nav.tabs"));
        List<String> tabs = new ArrayList<>();
        for (WebElement tab : browser.driver().findElements(By.cssSelector("nav.tabs a"))) {
            tabs.add(tab.getAttribute("href"));
        }
        assertThat(tabs).hasSizeGreaterThanOrEqualTo(5);
        for (String tab : tabs) {
            browser.driver().get(tab);
            browser.waitUntil(d -> d.findElements(By.cssSelector("nav.tabs a[aria-current=page]")).isEmpty() ? null : true);
            MarqueeServer.sleep(500);
            String name = tab.substring(tab.indexOf('#'));
            browser.screenshot("a11y-console-" + name.replaceAll("[^a-z0-9]+", "-"));
            found.put(name, Accessibility.seriousViolations(browser));
        }
        assertThat(found).as("serious or critical axe violations per console page")
                .allSatisfy((page, v) -> assertThat(v).isEmpty());
    }

    @Test
    @Order(5)
    void anOrganizerCreatesAnEventWithTheKeyboardAlone() {
        browser.go("/admin#/events");
        browser.find(By.linkText("New event"));
        browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        tabTo("the New event link", "return document.activeElement.textContent.trim() === 'New event'");
        keys(Keys.ENTER);
        tabTo("the title field", "return document.activeElement.id === 'event-title'");
        keys("Keyboard Conf");
        tabTo("the address field", "return document.activeElement.id === 'event-slug'");
        assertThat(browser.find(By.id("event-slug")).getAttribute("value")).isEqualTo("keyboard-conf");
        String slug = "keyboard-" + SLUG;
        keys(Keys.END);
        for (int i = 0; i < "keyboard-conf".length(); i++) {
            keys(Keys.BACK_SPACE);
        }
        keys(slug);
        tabTo("the Create event button", "return document.activeElement.textContent.trim() === 'Create event'");
        browser.screenshot("a11y-keyboard-new-event");
        keys(Keys.ENTER);
        browser.find(By.xpath("//button[normalize-space(.)='Add a stage']"));
        JsonNode events = organizer.get("/api/v1/events").json();
        assertThat(events.findValuesAsText("slug")).contains(slug);
    }

    /** Presses Tab until the focused element is the one the script recognises (at most 60 times). */
    private static void tabTo(String what, String isFocused) {
        for (int i = 0; i < 60; i++) {
            if (Boolean.TRUE.equals(browser.script(isFocused))) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + what);
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static void check(Map<String, List<String>> found, String path, String text) {
        browser.go(path);
        browser.waitForText(text);
        MarqueeServer.sleep(300);
        found.put(path, Accessibility.seriousViolations(browser));
    }
}
