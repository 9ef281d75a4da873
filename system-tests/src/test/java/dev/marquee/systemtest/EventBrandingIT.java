package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
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

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Branding per event, end to end: an organizer brands a ticketed event in the console (colour
 * pickers, a PNG logo and header image the test makes, alt and about texts) and is refused a
 * low-contrast pair and an SVG; the API refuses polyglots, files that are no image, oversized files
 * and non-organizers; the access-code mail carries the branding; an attendee sees it on the event
 * page, the stage page and the lobby. Screenshots 45-49.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventBrandingIT {

    private static final String TAG = "brand-" + Long.toString(System.nanoTime(), 36).substring(0, 5);
    private static final String ACCENT = "#0b5fff";
    private static final String ALT = "DevDays logo: a blue gear";
    private static final String ABOUT = "Two days of talks on the web platform.\nBring your questions.";

    private static MarqueeServer server;
    private static TestMailServer mail;
    private static Api organizer;
    private static long eventId;
    private static Browser console;
    private static Browser attendee;

    @RegisterExtension
    static final TestExecutionExceptionHandler EVIDENCE = (context, failure) -> {
        String name = "failed-" + context.getRequiredTestMethod().getName();
        console.saveEvidence(name + "-console");
        attendee.saveEvidence(name + "-attendee");
        throw failure;
    };

    @BeforeAll
    static void setUp(MarqueeServer shared, TestMailServer sharedMail) {
        server = shared;
        mail = sharedMail;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        eventId = organizer.post("/api/v1/events", Map.of("slug", TAG, "title", "DevDays " + TAG,
                "timezone", "Europe/Berlin", "access", "TICKETED")).json().get("id").asLong();
        assertThat(organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main Hall",
                "provider", "external", "settings", Map.of("url", "https://cdn.example/main.m3u8"))).status()).isEqualTo(201);
        console = Browser.open(server);
        attendee = Browser.open(server);
    }

    @AfterAll
    static void closeBrowsers() {
        console.close();
        attendee.close();
    }

    @Test
    @Order(1)
    void theConsoleRefusesALowContrastAccentAndAnSvgOnTheirFields() {
        console.go("/admin");
        console.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                .click(By.cssSelector("button[type=submit]"));
        console.find(By.linkText("New event"));
        console.go("/admin#/events/" + eventId + "/branding");
        console.setValue(By.id("branding-accent"), "#ffcc00");
        console.click(By.xpath("//button[normalize-space(.)='Save branding']"));
        WebElement contrast = console.find(By.cssSelector("[data-field-error=branding-accent]"));
        assertThat(contrast.getText()).contains("#ffcc00", "1.51:1", "4.5:1");
        assertThat(console.find(By.id("branding-accent")).getAttribute("aria-invalid")).isEqualTo("true");

        console.find(By.id("branding-logo")).sendKeys(BrandingFixtures.file("logo.svg",
                BrandingFixtures.SVG.getBytes(StandardCharsets.UTF_8)).toString());
        WebElement svg = console.find(By.cssSelector("[data-field-error=branding-logo]"));
        assertThat(svg.getText()).contains("Only PNG, JPEG and WebP", "SVG");
        console.script("arguments[0].scrollIntoView({block: 'start'})", console.find(By.cssSelector("nav.tabs")));
        console.screenshot("46-branding-refused");
    }

    @Test
    @Order(2)
    void anOrganizerBrandsTheEventInTheConsoleWithLivePreviews() {
        console.go("/admin#/events/" + eventId + "/branding");
        console.find(By.id("branding-logo")).sendKeys(BrandingFixtures.file("logo.png",
                BrandingFixtures.png(240, 80, new Color(0x0b5fff), "DevDays")).toString());
        console.waitForText("logo.png uploaded.");
        console.find(By.id("branding-header")).sendKeys(BrandingFixtures.file("header.png",
                BrandingFixtures.png(1200, 240, new Color(0x14213d), "Berlin · 2026")).toString());
        console.waitForText("header.png uploaded.");
        console.setValue(By.id("branding-accent"), ACCENT)
                .setValue(By.id("branding-background"), "#fdfcf7")
                .setValue(By.id("branding-text"), "#1a1a2e")
                .type(By.id("branding-logoAlt"), ALT)
                .setValue(By.id("branding-about"), ABOUT);
        console.click(By.xpath("//button[normalize-space(.)='Save branding']"));
        console.waitForText("Branding saved.");
        WebElement preview = console.find(By.cssSelector(".branding-preview"));
        assertThat(preview.findElement(By.cssSelector("img.event-logo")).getAttribute("alt")).isEqualTo(ALT);
        assertThat(preview.findElement(By.tagName("a")).getCssValue("color")).isEqualTo("rgba(11, 95, 255, 1)");
        console.driver().switchTo().frame(console.find(By.cssSelector("iframe.mail-preview")));
        console.waitForText("Ada Lovelace");
        // The preview follows the form after a short pause: wait for the one with the uploaded logo.
        String mailLogoAlt = console.waitUntil(d -> d.findElements(By.tagName("img")).stream().findFirst()
                .map(img -> img.getAttribute("alt")).orElse(null));
        assertThat(mailLogoAlt).isEqualTo(ALT);
        console.driver().switchTo().defaultContent();
        console.screenshot("45-branding-console");

        JsonNode branding = organizer.get("/api/v1/events/" + eventId).json().get("branding");
        assertThat(branding.get("accent").asText()).isEqualTo(ACCENT);
        assertThat(branding.get("about").asText()).isEqualTo(ABOUT);
        assertThat(branding.get("logoUrl").asText()).matches("/api/v1/events/" + eventId + "/branding/logo/[0-9a-f]{64}");
    }

    @Test
    @Order(3)
    void imagesAreServedCacheableWithTheirCheckedTypeToAnyone() {
        JsonNode branding = new Api(server).get("/api/v1/events/by-slug/" + TAG).json().get("branding");
        Api.Reply logo = new Api(server).get(branding.get("logoUrl").asText());
        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.raw().headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(logo.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(logo.raw().headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("immutable"));
        assertThat(logo.raw().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("sandbox"));
        String stale = branding.get("logoUrl").asText().replaceAll("[0-9a-f]{64}$", "0".repeat(64));
        assertThat(new Api(server).get(stale).status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void theApiRefusesPolyglotsFilesThatAreNoImageAndOversizedOnes() {
        String logo = "/api/v1/events/" + eventId + "/branding/logo";
        Api.Reply polyglot = organizer.putAs(logo, "image/png", BrandingFixtures.polyglot());
        assertThat(polyglot.status()).isEqualTo(400);
        assertThat(polyglot.json().get("fields").get(0).get("name").asText()).isEqualTo("logo");
        assertThat(polyglot.json().get("detail").asText()).contains("follow the end of the image");

        Api.Reply text = organizer.putAs(logo, "image/png", "not an image at all".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("detail").asText()).contains("Only PNG, JPEG and WebP");

        Api.Reply svg = organizer.putAs(logo, "image/png", BrandingFixtures.SVG.getBytes(StandardCharsets.UTF_8));
        assertThat(svg.json().get("detail").asText()).contains("SVG");

        Api.Reply big = organizer.putAs(logo, "image/png", new byte[1024 * 1024 + 1]);
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.json().get("detail").asText()).contains("larger than 1 MiB");
        // A header body over 3 MiB gets 413 from the request-size filter before it is read (BodyLimitsTest).

        Api.Reply pale = organizer.put("/api/v1/events/" + eventId + "/branding",
                Map.of("accent", "#0b5fff", "background", "#ffffff", "text", "#aaaaaa"));
        assertThat(pale.status()).isEqualTo(400);
        assertThat(pale.json().get("fields").get(0).get("name").asText()).isEqualTo("text");
        assertThat(pale.json().get("fields").get(0).get("message").asText()).contains("2.32:1");
        assertThat(organizer.get("/api/v1/events/" + eventId).json().get("branding").get("text").asText())
                .isEqualTo("#1a1a2e");
    }

    @Test
    @Order(5)
    void theAccessCodeMailCarriesTheBrandingAndAnAttendeeSeesItOnThePages() {
        Attendees.upload(organizer, eventId, TAG, "paid", "Mia");
        String address = Attendees.email(TAG, "Mia");
        String code = mail.awaitCode(address, 1);
        List<Message> mails = mail.mailsTo(address);
        String html = BrandingFixtures.html(mails.get(mails.size() - 1));
        String logoUrl = organizer.get("/api/v1/events/" + eventId).json().get("branding").get("logoUrl").asText();
        assertThat(html).contains("DevDays " + TAG, ACCENT, "alt=\"" + ALT + "\"", logoUrl + "\"", "http");

        Api signIn = new Api(server);
        assertThat(signIn.post("/api/v1/auth/access-code", Map.of("code", code)).status()).isEqualTo(200);
        assertThat(signIn.put("/api/v1/events/" + eventId + "/branding", Map.of("accent", "#000000")).status())
                .isEqualTo(403);
        assertThat(signIn.putAs("/api/v1/events/" + eventId + "/branding/logo", "image/png",
                BrandingFixtures.png(10, 10, Color.RED, "")).status()).isEqualTo(403);
        assertThat(signIn.post("/api/v1/events/" + eventId + "/branding/mail-preview", Map.of()).status()).isEqualTo(403);
        assertThat(new Api(server).put("/api/v1/events/" + eventId + "/branding", Map.of("accent", "#000000")).status())
                .isIn(401, 403);

        // The sign-in page of the event wears its branding too.
        attendee.go("/login?next=/e/" + TAG);
        attendee.waitForText("Sign in to DevDays " + TAG);
        assertThat(attendee.find(By.cssSelector("header.site img.event-logo")).getAttribute("alt")).isEqualTo(ALT);
        assertThat(attendee.script("return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()"))
                .isEqualTo(ACCENT);
        attendee.screenshot("46b-sign-in-branded");

        attendee.go("/login");
        attendee.script("return fetch('/api/v1/auth/access-code', {method: 'POST', credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json'}, body: JSON.stringify({code: arguments[0]})})"
                + ".then(r => r.status)", code);
        attendee.waitUntil(d -> attendee.script("return document.cookie.includes('XSRF-TOKEN')").equals(Boolean.TRUE) ? true : null);
        attendee.go("/e/" + TAG);
        attendee.waitForText("Bring your questions.");
        assertThat(attendee.find(By.cssSelector("header.site img.event-logo")).getAttribute("alt")).isEqualTo(ALT);
        assertThat(attendee.find(By.cssSelector(".event-banner img.event-header-image")).getAttribute("src")).contains("/branding/header/");
        assertThat(accentOfLinks()).isEqualTo("rgb(11, 95, 255)");
        assertThat(attendee.script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(253, 252, 247)");
        attendee.screenshot("47-event-page-branded");

        attendee.go("/e/" + TAG + "/main");
        attendee.find(By.id("stage-title"));
        assertThat(attendee.find(By.cssSelector("header.site img.event-logo")).getAttribute("alt")).isEqualTo(ALT);
        assertThat(accentOfLinks()).isEqualTo("rgb(11, 95, 255)");
        attendee.screenshot("48-stage-page-branded");

        attendee.go("/");
        WebElement card = attendee.find(By.xpath("//li[contains(@class,'card')][.//a[text()='DevDays " + TAG + "']]"));
        assertThat(card.findElement(By.cssSelector("img.event-logo")).getAttribute("alt")).isEqualTo(ALT);
        assertThat(card.findElement(By.tagName("a")).getCssValue("color")).isEqualTo("rgba(11, 95, 255, 1)");
        attendee.screenshot("49-lobby-branded");
    }

    /** The page-wide accent, as the stylesheet resolves it. */
    private static Object accentOfLinks() {
        return attendee.script("return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() === '"
                + ACCENT + "' ? getComputedStyle(document.querySelector('main a, header.site a.event-logo-link')).color : 'no accent'");
    }
}
