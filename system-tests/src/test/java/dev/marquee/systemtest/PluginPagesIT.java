package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.marquee.systemtest.EventsApiContract.event;
import static dev.marquee.systemtest.EventsApiContract.unique;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drop-in plugin's own pages: the example plugin, loaded from the plugins directory, serves
 * {@code /p/example-embed/board}, and core does sign-in (sending a signed-out visitor to sign in), CSRF for
 * the page's form, body limits, the error page and the page headers for it (docs/plugins.md, "Pages of
 * your own").
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class PluginPagesIT {

    private static final String BOARD = "/p/example-embed/board";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private MarqueeServer server;
    private TestMailServer mail;
    private Api organizer;

    @BeforeEach
    void connect(MarqueeServer shared, TestMailServer smtp) {
        server = shared;
        mail = smtp;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @Test
    void aSignedInVisitorGetsThePageWithStrictHeaders() {
        long eventId = organizer.post("/api/v1/events", event(unique("pages"), "TICKETED")).json().get("id").asLong();
        Api attendee = Attendees.signedIn(server, mail, organizer, eventId, unique("pages"), "Ada").get("Ada");

        Api.Reply page = attendee.get(BOARD);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.raw().body()).contains("Signed in as Ada").contains("name=\"csrf\"");
        String host = server.uri("/").getAuthority();
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("script-src " + host + "/p/example-embed/ " + host + "/assets/;")
                .contains("frame-ancestors 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");

        Api.Reply script = new Api(server).get("/p/example-embed/board.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(script.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(script.header("Cache-Control")).as("nobody's own").isEqualTo("no-cache");
    }

    @Test
    void aSignedOutVisitorIsSentToSignInAndBack() {
        Api.Reply redirected = new Api(server).get(BOARD + "?from=mail");
        assertThat(redirected.status()).isEqualTo(302);
        assertThat(redirected.header("Location"))
                .endsWith("/login?next=" + URLEncoder.encode(BOARD + "?from=mail", StandardCharsets.UTF_8));

        Api.Reply posted = new Api(server).postAs(BOARD, FORM, "message=hi".getBytes(StandardCharsets.UTF_8));
        assertThat(posted.status()).isEqualTo(401);
        assertThat(posted.raw().body()).contains("data-error=\"not_signed_in\"");
    }

    @Test
    void theFormNeedsItsCsrfTokenAndWhatItSaysBackIsEscaped() {
        Api browser = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD).withoutCsrf();
        String message = "<script>alert('x')</script> & more";

        Api.Reply forged = browser.postAs(BOARD, FORM, form("message", message));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.header("Content-Type")).startsWith("text/html");
        assertThat(forged.raw().body()).contains("data-error=\"csrf_token_invalid\"");
        Api.Reply wrongToken = browser.postAs(BOARD, FORM, form("message", message, "csrf", "not-the-token"));
        assertThat(wrongToken.status()).isEqualTo(403);

        Matcher token = CSRF_FIELD.matcher(browser.get(BOARD).raw().body());
        assertThat(token.find()).as("the page's form carries the token").isTrue();
        Api.Reply said = browser.postAs(BOARD, FORM, form("message", message, "csrf", token.group(1)));
        assertThat(said.status()).isEqualTo(200);
        assertThat(said.raw().body())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .doesNotContain("<script>alert");

        Api.Reply empty = browser.postAs(BOARD, FORM, form("message", " ", "csrf", token.group(1)));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.raw().body()).contains("data-error=\"invalid_request\"").contains("Say something first");
        assertThat(empty.header("Content-Security-Policy")).contains("default-src 'none'");

        Api.Reply viaHeader = organizer.postAs(BOARD, FORM, form("message", "hello"));
        assertThat(viaHeader.status()).as("the header does as well as the field").isEqualTo(200);
    }

    @Test
    void bodiesAreBoundedAndUnknownPagesAnswerTheErrorPage() {
        String csrf = organizer.cookie("XSRF-TOKEN").orElseThrow().getValue();
        Map<String, String> auth = Map.of("Cookie", organizer.cookieHeader() + "; XSRF-TOKEN=" + csrf, "X-CSRF-Token", csrf);
        for (boolean chunked : new boolean[] {false, true}) {
            BigRequest.Answer huge = new BigRequest(server.uri(BOARD), FORM, "message=", 'a', "", 16L * 1024 * 1024)
                    .headers(auth).send(chunked);
            assertThat(huge.status()).as("chunked: " + chunked).isEqualTo(413);
        }

        Api.Reply unknown = organizer.get("/p/example-embed/no-such-page");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.raw().body()).contains("data-error=\"not_found\"");
        assertThat(organizer.get("/p/no-such-plugin/board").status()).isEqualTo(404);
        assertThat(organizer.get("/p/example-embed/me").status()).as("API routes are not pages").isEqualTo(404);
        Api.Reply wrongMethod = organizer.delete(BOARD);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("GET").contains("POST");
    }

    private static byte[] form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
