package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import java.net.URI;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access-code sign-in page sends people back where they came from ({@code /login?next=...}), and
 * only ever to an address on Marquee's own origin: addresses that a string check takes for a path but
 * the browser resolves to another site land on the lobby instead. A real attendee signs in with a
 * mailed code in Chromium, once per address; the browser resolves no host name but loopback, so an
 * escape shows as a foreign address without leaving the machine.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class SignInRedirectIT {

    private static MarqueeServer server;
    private static Browser browser;
    private static String code;

    @BeforeAll
    static void attendeeWithCode(MarqueeServer shared, TestMailServer mail) {
        server = shared;
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String slug = EventsApiContract.unique("redirect");
        long eventId = organizer.post("/api/v1/events", EventsApiContract.event(slug, "TICKETED")).json().get("id").asLong();
        Attendees.upload(organizer, eventId, slug, "paid", "Mallory");
        code = mail.awaitCode(Attendees.email(slug, "Mallory"), 1);
        browser = Browser.open(server, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Each {@code next} exactly as it stands in the address bar's query. */
    @ParameterizedTest
    @ValueSource(strings = {
        "/%5Cevil.example",
        "/%5C%5Cevil.example",
        "/\\evil.example",
        "//evil.example",
        "/%2F/evil.example",
        "https://evil.example",
        "https:evil.example",
        "javascript:alert(1)",
        "/%09/evil.example",
        "/%0A/evil.example",
        "%20//evil.example"
    })
    void anAddressOnAnotherSiteLeadsToTheLobby(String next) {
        URI landed = signInWith(next);
        assertThat(origin(landed)).as("origin after signing in with next=" + next).isEqualTo(origin(server.uri("/")));
        assertThat(landed.getPath()).as("page after signing in with next=" + next).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/e/demo", "%2Fe%2Fdemo%3Ftab%3Dschedule%23now"})
    void anAddressOnMarqueeIsWhereSigningInLeads(String next) {
        URI landed = signInWith(next);
        assertThat(origin(landed)).isEqualTo(origin(server.uri("/")));
        assertThat(landed.getPath()).isEqualTo("/e/demo");
        if (next.contains("tab")) {
            assertThat(landed.getRawQuery()).isEqualTo("tab=schedule");
            assertThat(landed.getRawFragment()).isEqualTo("now");
        }
        browser.waitForText("Marquee Demo Conf");
    }

    /** Opens the sign-in page with this raw {@code next}, signs in, and returns where the browser went. */
    private static URI signInWith(String rawNext) {
        String login = server.uri("/login").toString() + "?next=" + rawNext;
        browser.driver().get(login);
        browser.type(By.id("code"), code).click(By.cssSelector("button[type=submit]"));
        String url = browser.waitUntil(d -> {
            String current = d.getCurrentUrl();
            return current.contains("/login") ? null : current;
        });
        return URI.create(url.replace("\\", "%5C").replace(" ", "%20"));
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }
}
