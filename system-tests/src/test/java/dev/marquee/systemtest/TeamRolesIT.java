package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
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
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team, end to end: an organizer invites a host for one stage through the console, the mail arrives,
 * the host accepts in Chromium and sets a password; then the API and the chat socket hold the host to
 * that stage, a co-organizer to their event, and revoked invitations and removed roles stop working.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamRolesIT {

    private static final Pattern INVITE = Pattern.compile("/admin#/invite/([A-Za-z0-9_-]{20,})");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String HOST_EMAIL = "host-" + RUN + "@marquee.test";
    private static final String HOST_PASSWORD = "host-password-" + RUN;

    private static MarqueeServer server;
    private static TestMailServer mail;
    private static Api organizer;
    private static Browser organizerBrowser;
    private static Browser hostBrowser;
    private static long event1;
    private static long event2;
    private static long stageA;
    private static long stageB;

    @RegisterExtension
    static final TestExecutionExceptionHandler EVIDENCE = (context, failure) -> {
        String name = "failed-" + context.getRequiredTestMethod().getName();
        organizerBrowser.saveEvidence(name + "-organizer");
        hostBrowser.saveEvidence(name + "-host");
        throw failure;
    };

    @BeforeAll
    static void setUp(MarqueeServer shared, TestMailServer sharedMail) {
        server = shared;
        mail = sharedMail;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        event1 = event("team1");
        event2 = event("team2");
        stageA = stage(event1, "a", "Main hall");
        stageB = stage(event1, "b", "Side room");
        organizerBrowser = Browser.open(server);
        hostBrowser = Browser.open(server);
    }

    @AfterAll
    static void closeBrowsers() {
        organizerBrowser.close();
        hostBrowser.close();
    }

    @Test
    @Order(1)
    void anOrganizerInvitesAHostAndTheHostAcceptsByMail() {
        organizerBrowser.go("/admin");
        organizerBrowser.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                .click(By.cssSelector("button[type=submit]"));
        organizerBrowser.find(By.linkText("Events"));
        organizerBrowser.go("/admin#/events/" + event1 + "/team");
        organizerBrowser.type(By.id("invite-email"), HOST_EMAIL);
        new Select(organizerBrowser.find(By.id("invite-role"))).selectByValue("HOST");
        organizerBrowser.waitUntil(d -> d.findElements(By.xpath("//select[@id='invite-stage']/option[.='Main hall']"))
                .isEmpty() ? null : Boolean.TRUE);
        new Select(organizerBrowser.find(By.id("invite-stage"))).selectByVisibleText("Main hall");
        organizerBrowser.click(By.xpath("//button[normalize-space(.)='Send invitation']"));
        organizerBrowser.waitForText("An invitation is on its way to " + HOST_EMAIL);
        organizerBrowser.waitForText("Who may do what");
        organizerBrowser.screenshot("50-team-invitation-sent");

        String token = inviteToken(HOST_EMAIL, 1);
        hostBrowser.go("/admin#/invite/" + token);
        hostBrowser.waitForText("host the stage Main hall of Team team1");
        hostBrowser.type(By.id("invite-name"), "Hana Host").type(By.id("invite-password"), HOST_PASSWORD);
        hostBrowser.screenshot("51-team-invitation-accept");
        hostBrowser.click(By.xpath("//button[normalize-space(.)='Accept invitation']"));
        hostBrowser.find(By.linkText("Team team1"));
        assertThat(hostBrowser.driver().getPageSource()).doesNotContain("Team team2").doesNotContain("New event");
        hostBrowser.click(By.linkText("Team team1"));
        hostBrowser.waitForText("Your stages");
        hostBrowser.waitForText("Main hall");
        assertThat(hostBrowser.find(By.id("content")).getText()).doesNotContain("Side room");
        hostBrowser.screenshot("52-host-console");

        organizerBrowser.go("/admin#/events/" + event1 + "/details");
        organizerBrowser.go("/admin#/events/" + event1 + "/team");
        organizerBrowser.waitForText("Hana Host");
        organizerBrowser.screenshot("53-team-with-host");

        assertThat(new Api(server).post("/api/v1/team/invitations/preview", Map.of("token", token)).status())
                .as("a link works once").isEqualTo(404);
    }

    @Test
    @Order(2)
    void theHostModeratesStageAAndNotStageB() {
        Api host = new Api(server).login(HOST_EMAIL, HOST_PASSWORD);
        assertThat(host.get("/api/v1/stages/" + stageA + "/chat/moderation").status()).isEqualTo(200);
        assertThat(host.get("/api/v1/stages/" + stageB + "/chat/moderation").status()).isEqualTo(403);
        assertThat(host.put("/api/v1/stages/" + stageB + "/chat", Map.of("slowModeSeconds", 5)).status()).isEqualTo(403);
        assertThat(host.put("/api/v1/events/" + event1, eventBody("team1")).status()).isEqualTo(403);
        assertThat(host.get("/api/v1/events/" + event1 + "/team").status()).isEqualTo(403);

        try (ChatClient troll = ChatClient.guest(server, stageA, "Troll A");
             ChatClient hana = ChatClient.signedIn(server, stageA, host)) {
            JsonNode welcome = hana.await("chat.welcome");
            assertThat(welcome.at("/you/moderator").asBoolean()).isTrue();
            assertThat(welcome.at("/you/role").asText()).isEqualTo("host");
            troll.say("spam on A");
            String id = troll.awaitMessage("spam on A").path("id").asText();
            hana.send(Map.of("type", "chat.delete", "id", id));
            assertThat(troll.await("chat.deleted").path("id").asText()).isEqualTo(id);
        }
        try (ChatClient troll = ChatClient.guest(server, stageB, "Troll B");
             ChatClient hana = ChatClient.signedIn(server, stageB, host)) {
            assertThat(hana.await("chat.welcome").at("/you/moderator").asBoolean()).isFalse();
            troll.say("spam on B");
            String id = troll.awaitMessage("spam on B").path("id").asText();
            hana.send(Map.of("type", "chat.delete", "id", id));
            assertThat(hana.await("error").path("error").asText()).isEqualTo("forbidden");
            assertThat(troll.receives(f -> "chat.deleted".equals(f.path("type").asText()), Duration.ofSeconds(1))).isFalse();
        }
    }

    @Test
    @Order(3)
    void aCoOrganizerRunsTheirEventOnly() {
        String email = "co-" + RUN + "@marquee.test";
        assertThat(organizer.post("/api/v1/events/" + event1 + "/team/invitations",
                Map.of("email", email, "role", "ORGANIZER")).status()).isEqualTo(201);
        Api co = accept(inviteToken(email, 1), "Cora Co", "co-password-" + RUN);
        assertThat(co.put("/api/v1/events/" + event1, eventBody("team1")).status()).isEqualTo(200);
        assertThat(co.get("/api/v1/events/" + event1 + "/attendees").status()).isEqualTo(200);
        assertThat(co.get("/api/v1/events/" + event1 + "/team").status()).isEqualTo(200);
        assertThat(co.get("/api/v1/stages/" + stageB + "/chat/moderation").status()).isEqualTo(200);
        assertThat(co.put("/api/v1/events/" + event2, eventBody("team2")).status()).isEqualTo(403);
        assertThat(co.get("/api/v1/events/" + event2 + "/attendees").status()).isEqualTo(403);
        assertThat(co.post("/api/v1/events/" + event2 + "/team/invitations",
                Map.of("email", "x-" + RUN + "@marquee.test", "role", "HOST")).status()).isEqualTo(403);
        assertThat(co.post("/api/v1/events", eventBody("nope"))
                .status()).isEqualTo(403);
        assertThat(co.delete("/api/v1/events/" + event1).status()).isEqualTo(403);
        // Whether codes can be mailed concerns them too (the console's mail banner); testing mail does not.
        assertThat(co.get("/api/v1/mail/status").status()).isEqualTo(200);
        assertThat(co.post("/api/v1/mail/test", Map.of("to", email)).status()).isEqualTo(403);

        JsonNode platformOrganizer = member(ADMIN_EMAIL, "platform");
        assertThat(co.delete("/api/v1/team/grants/" + platformOrganizer.path("grantId").asLong()).status())
                .as("only platform organizers take platform roles").isEqualTo(403);
        long platformOrganizers = stream(organizer.get("/api/v1/events/" + event1 + "/team").json().path("members"))
                .filter(m -> m.path("scope").asText().equals("platform") && m.path("role").asText().equals("ORGANIZER")).count();
        if (platformOrganizers == 1) {
            assertThat(organizer.delete("/api/v1/team/grants/" + platformOrganizer.path("grantId").asLong()).status())
                    .as("the last platform organizer stays").isEqualTo(409);
        }
    }

    @Test
    @Order(4)
    void revokedInvitationsAndRemovedRolesStopWorking() {
        String email = "mod-" + RUN + "@marquee.test";
        long invitation = organizer.post("/api/v1/events/" + event1 + "/team/invitations",
                Map.of("email", email, "role", "MODERATOR", "stageId", stageB)).json().path("id").asLong();
        String token = inviteToken(email, 1);
        assertThat(organizer.delete("/api/v1/events/" + event1 + "/team/invitations/" + invitation).status()).isEqualTo(204);
        assertThat(new Api(server).post("/api/v1/team/invitations/preview", Map.of("token", token)).status()).isEqualTo(404);
        assertThat(new Api(server).post("/api/v1/team/invitations/accept",
                Map.of("token", token, "displayName", "Mo", "password", "mod-password-" + RUN)).status()).isEqualTo(404);

        Api host = new Api(server).login(HOST_EMAIL, HOST_PASSWORD);
        long grant = member(HOST_EMAIL, "stage").path("grantId").asLong();
        try (ChatClient hana = ChatClient.signedIn(server, stageA, host)) {
            assertThat(hana.await("chat.welcome").at("/you/moderator").asBoolean()).isTrue();
            assertThat(organizer.delete("/api/v1/team/grants/" + grant).status()).isEqualTo(204);
            hana.await(f -> "session_ended".equals(f.path("error").asText()));
        }
        assertThat(host.get("/api/v1/stages/" + stageA + "/chat/moderation").status()).isEqualTo(401);
        Api again = new Api(server).login(HOST_EMAIL, HOST_PASSWORD);
        assertThat(again.get("/api/v1/stages/" + stageA + "/chat/moderation").status()).isEqualTo(403);
        assertThat(again.get("/api/v1/auth/session").json().path("grants")).isEmpty();

        hostBrowser.go("/admin");
        hostBrowser.waitForText("An organizer changed your roles");
        hostBrowser.screenshot("54-role-removed");
    }

    private static Api accept(String token, String name, String password) {
        Api api = new Api(server);
        JsonNode offer = api.post("/api/v1/team/invitations/preview", Map.of("token", token)).json();
        assertThat(offer.path("accountExists").asBoolean()).isFalse();
        Api.Reply accepted = api.post("/api/v1/team/invitations/accept",
                Map.of("token", token, "displayName", name, "password", password));
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
        return api;
    }

    private static JsonNode member(String email, String scope) {
        return stream(organizer.get("/api/v1/events/" + event1 + "/team").json().path("members"))
                .filter(m -> m.path("email").asText().equals(email) && m.path("scope").asText().equals(scope))
                .findFirst().orElseThrow(() -> new AssertionError("No " + scope + " role of " + email));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    /** The token of the newest of at least {@code count} invitation mails to {@code email}. */
    private static String inviteToken(String email, int count) {
        var mails = mail.awaitMails(email, count);
        String text = plainText(mails.get(mails.size() - 1));
        Matcher m = INVITE.matcher(text);
        assertThat(m.find()).as("an invitation link in:\n" + text).isTrue();
        assertThat(server.log()).doesNotContain(m.group(1));
        return m.group(1);
    }

    private static String plainText(Object part) {
        try {
            Object content = part instanceof Message message ? message.getContent() : ((BodyPart) part).getContent();
            if (content instanceof String text) {
                return text;
            }
            Multipart multipart = (Multipart) content;
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(plainText(multipart.getBodyPart(i)));
            }
            return all.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long event(String name) {
        return organizer.post("/api/v1/events", eventBody(name)).json().path("id").asLong();
    }

    private static Map<String, Object> eventBody(String name) {
        return Map.of("slug", name + "-" + RUN, "title", "Team " + name, "timezone", "UTC", "access", "PUBLIC");
    }

    private static long stage(long eventId, String slug, String name) {
        return organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", slug, "name", name,
                "provider", "external", "settings", Map.of("url", "https://example.org/live.m3u8"))).json().get("id").asLong();
    }
}
