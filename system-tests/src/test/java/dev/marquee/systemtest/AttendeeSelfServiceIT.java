package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attendee on their own, in Chromium: the sign-in page names the event and looks like the site; a
 * lost code is sent again, as a new code, to the address on the ticket only, while an unknown address
 * gets the very same answer and asking too often is refused; the mail's link signs in and leads to the
 * event; "My events" lists every event the address holds tickets for; "Sign out everywhere" ends the
 * session of another browser too.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttendeeSelfServiceIT {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/login\\?next=\\S+)#code=([2-9A-Z-]{17})");
    private static final String RESEND = "/api/v1/access-codes/resend";

    private static MarqueeServer server;
    private static TestMailServer mail;
    private static Api organizer;
    private static String slug;
    private static String title;
    private static String otherTitle;
    private static String tag;
    private static String ada;
    private static Browser first;
    private static Browser second;

    @BeforeAll
    static void twoEventsWithOneTicketHolder(MarqueeServer shared, TestMailServer sharedMail) {
        server = shared;
        mail = sharedMail;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        slug = EventsApiContract.unique("devdays");
        title = "Dev Days " + slug.substring(slug.length() - 4);
        otherTitle = "Hack Night " + slug.substring(slug.length() - 4);
        long eventId = event(slug, title);
        long otherId = event(slug + "-night", otherTitle);
        tag = slug;
        // The same person buys for both events: one email address, two attendee records.
        Attendees.upload(organizer, eventId, tag, "paid", "Ada", "Bob");
        Attendees.upload(organizer, otherId, tag, "paid", "Ada");
        ada = Attendees.email(tag, "Ada");
        mail.awaitMails(ada, 2);
        first = Browser.open(server);
        second = Browser.open(server);
    }

    private static long event(String eventSlug, String eventTitle) {
        return organizer.post("/api/v1/events", Map.of("slug", eventSlug, "title", eventTitle,
                "timezone", "Europe/Berlin", "access", "TICKETED")).json().get("id").asLong();
    }

    @AfterAll
    static void closeBrowsers() {
        for (Browser b : new Browser[] {first, second}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    @Order(1)
    void theSignInPageNamesTheEventAndLooksLikeTheSite() {
        first.go("/login?next=%2Fe%2F" + slug);
        first.waitForText("Sign in to " + title);
        assertThat(first.find(By.cssSelector("header.site .brand")).getText()).isEqualTo("Marquee");
        WebElement code = first.find(By.id("code"));
        assertThat(code.getAttribute("placeholder")).as("no placeholder that reads like a code").isNullOrEmpty();
        assertThat(first.find(By.id("code-help")).getText()).contains("like ABCDE-FGHIJ-KLMNO");
        first.find(By.xpath("//h2[normalize-space(.)='Lost your code? Send it again']"));
        assertThat(first.driver().getTitle()).isEqualTo("Sign in to " + title + " · Marquee");
        first.screenshot("25-sign-in-page");

        first.type(By.id("code"), "AAAAA-BBBBB-CCCCC").click(By.xpath("//button[normalize-space(.)='Sign in']"));
        assertThat(first.find(By.id("code-error")).getText()).contains("not valid");
    }

    @Test
    @Order(2)
    void aLostCodeIsSentAgainAsANewCodeToTheAddressOnTheTicket() {
        String oldCode = codeIn(newestTo(ada, title));
        int before = mail.mailsTo(ada).size();
        first.go("/login?next=%2Fe%2F" + slug);
        first.waitForText("Sign in to " + title);
        first.type(By.id("resend-email"), ada.toUpperCase())
                .click(By.xpath("//button[normalize-space(.)='Send me a new code']"));
        assertThat(first.find(By.id("resend-done")).getText()).contains("If this address holds a ticket");
        first.screenshot("26-code-sent-again");

        mail.awaitMails(ada, before + 1);
        MarqueeServer.sleep(2_000);
        assertThat(mail.mailsTo(ada)).as("one new mail, for the event asked about only").hasSize(before + 1);
        String newCode = codeIn(newestTo(ada, title));
        assertThat(newCode).isNotEqualTo(oldCode);
        Api.Reply old = new Api(server).post("/api/v1/auth/access-code", Map.of("code", oldCode));
        assertThat(old.status()).isEqualTo(401);
        assertThat(old.json().get("error").asText()).isEqualTo("code_replaced");
    }

    @Test
    @Order(3)
    void anUnknownOrRevokedAddressGetsTheSameAnswerAndNoMail() {
        Api.Reply known = new Api(server).post(RESEND, Map.of("email", ada, "event", slug + "-night"));
        String stranger = tag + "-nobody@example.org";
        Api.Reply unknown = new Api(server).post(RESEND, Map.of("email", stranger, "event", slug));
        Attendees.upload(organizer, eventIdOf(slug), tag, "Refunded", "Bob");
        String bob = Attendees.email(tag, "Bob");
        int bobsMails = mail.mailsTo(bob).size();
        Api.Reply revoked = new Api(server).post(RESEND, Map.of("email", bob));

        for (Api.Reply reply : List.of(known, unknown, revoked)) {
            assertThat(reply.status()).isEqualTo(202);
            assertThat(reply.raw().body()).isEqualTo(known.raw().body());
        }
        mail.awaitMails(ada, 4);
        MarqueeServer.sleep(3_000);
        assertThat(mail.mailsTo(stranger)).isEmpty();
        assertThat(mail.mailsTo(bob)).as("a refunded ticket's code is not sent again").hasSize(bobsMails);
        assertThat(new Api(server).post(RESEND, Map.of("email", "not an address")).status()).isEqualTo(400);
    }

    @Test
    @Order(4)
    void askingTooOftenIsRefusedPerEmailAndPerClient() {
        String target = tag + "-target@example.org";
        URI resend = server.uri(RESEND);
        for (int i = 0; i < 3; i++) {
            assertThat(RawHttp.postJson("127.0.0.3", resend, json(target)).status()).isEqualTo(202);
        }
        RawHttp.Answer sameEmail = RawHttp.postJson("127.0.0.4", resend, json(target.toUpperCase()));
        assertThat(sameEmail.status()).as("the email's limit holds from any address").isEqualTo(429);
        assertThat(Integer.parseInt(sameEmail.header("Retry-After"))).isPositive();

        for (int i = 0; i < 10; i++) {
            assertThat(RawHttp.postJson("127.0.0.5", resend, json(tag + "-n" + i + "@example.org")).status()).isEqualTo(202);
        }
        assertThat(RawHttp.postJson("127.0.0.5", resend, json(tag + "-n10@example.org")).status())
                .as("the client's limit holds for any email").isEqualTo(429);
    }

    private static String json(String email) {
        return "{\"email\":\"" + email + "\"}";
    }

    @Test
    @Order(5)
    void theMailsLinkSignsInAndLeadsToTheEvent() {
        Matcher link = LINK.matcher(plainText(newestTo(ada, title)));
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo("/login?next=%2Fe%2F" + slug);
        first.go("/");
        first.driver().get(server.uri(link.group(1)) + "#code=" + link.group(2));
        assertThat(first.find(By.id("code")).getAttribute("value")).isEqualTo(link.group(2));
        assertThat(first.driver().getCurrentUrl()).as("the code leaves the address bar").doesNotContain("code=");
        first.screenshot("27-sign-in-from-mail");
        first.click(By.xpath("//button[normalize-space(.)='Sign in']"));
        first.waitUntil(d -> ("/e/" + slug).equals(URI.create(d.getCurrentUrl()).getPath()) ? Boolean.TRUE : null);
        first.waitForText("Signed in as Ada");
    }

    @Test
    @Order(6)
    void myEventsListsEveryTicketAndSignOutEverywhereEndsTheOtherBrowser() {
        String code = codeIn(newestTo(ada, title));
        second.go("/login?next=%2Fe%2F" + slug);
        second.type(By.id("code"), code).click(By.xpath("//button[normalize-space(.)='Sign in']"));
        second.waitForText("Signed in as Ada");

        first.go("/e/" + slug);
        first.click(By.linkText("My events"));
        List<WebElement> events = first.waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("ul[aria-label='My events'] > li"));
            return found.size() == 2 ? found : null;
        });
        assertThat(events.get(0).getText().toLowerCase()).contains(title.toLowerCase(), "signed in here");
        assertThat(events.get(1).getText()).contains(otherTitle, "Sign in with this event's code");
        assertThat(first.find(By.linkText(otherTitle)).getAttribute("href"))
                .endsWith("/login?next=%2Fe%2F" + slug + "-night");
        first.screenshot("28-my-events");
        assertThat(Accessibility.seriousViolations(first)).as("axe on /me").isEmpty();

        first.click(By.xpath("//button[normalize-space(.)='Sign out everywhere']"));
        first.waitForText("You are signed out on every device (2 sign-ins ended)");
        first.screenshot("29-signed-out-everywhere");

        second.go("/e/" + slug);
        second.waitUntil(d -> "/login".equals(URI.create(d.getCurrentUrl()).getPath()) ? Boolean.TRUE : null);
        second.waitForText("you chose “Sign out everywhere” on another device");
        first.go("/me");
        first.waitUntil(d -> "/login".equals(URI.create(d.getCurrentUrl()).getPath()) ? Boolean.TRUE : null);
        assertThat(new Api(server).get("/api/v1/me/events").status()).isEqualTo(401);
    }

    private static long eventIdOf(String eventSlug) {
        return organizer.get("/api/v1/events/by-slug/" + eventSlug).json().get("id").asLong();
    }

    /** The newest mail to {@code recipient} whose subject names {@code eventTitle}. */
    private static Message newestTo(String recipient, String eventTitle) {
        List<Message> mails = mail.mailsTo(recipient).stream().filter(m -> subject(m).endsWith(eventTitle)).toList();
        assertThat(mails).as("mails to " + recipient + " about " + eventTitle).isNotEmpty();
        return mails.get(mails.size() - 1);
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's text part, decoded. */
    private static String plainText(Message message) {
        try {
            if (message.getContent() instanceof jakarta.mail.Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType("text/plain")) {
                        return (String) parts.getBodyPart(i).getContent();
                    }
                }
            }
            return String.valueOf(message.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String codeIn(Message message) {
        Matcher code = TestMailServer.CODE.matcher(GreenMailUtil.getWholeMessage(message));
        assertThat(code.find()).isTrue();
        return code.group(1);
    }
}
