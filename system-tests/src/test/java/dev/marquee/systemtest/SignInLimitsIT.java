package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in limits attacked through the WAR, on a server of their own (a flood puts the access code
 * under pressure for a minute, which other tests must not feel): 120 wrong organizer passwords sent
 * 60 at a time from one address get exactly the 10 tries the limit allows; an account gets growing
 * delays whatever addresses the guesses come from; and junk codes from 40 addresses (more than the
 * global pressure threshold, lowered to 100 a minute here) hold back those addresses but not a person with a
 * valid code who signs in while the flood goes on. The
 * account lock comes last: it locks the organizer the others sign in as.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInLimitsIT {

    private static final String ADMIN = "organizer@limits.test";
    private static final String PASSWORD = "a-long-limits-password";

    private static TestMailServer mail;
    private static MarqueeServer server;

    @BeforeAll
    static void start() {
        mail = TestMailServer.start();
        Map<String, String> env = new HashMap<>(mail.env());
        env.put("MARQUEE_ADMIN_EMAIL", ADMIN);
        env.put("MARQUEE_ADMIN_PASSWORD", PASSWORD);
        env.put("MARQUEE_MAIL_DISPATCH_INTERVAL", "PT1S");
        env.put("MARQUEE_DEMO", "false");
        env.put("MARQUEE_SIGNIN_GLOBAL_FAILURES_PER_MINUTE", "100");
        server = new MarqueeServer(MarqueeServer.newWorkDir("signin-limits"), env).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    @Order(2)
    void sixtyParallelWrongPasswordsFromOneAddressGetTheTenTriesTheLimitAllows() throws Exception {
        URI login = server.uri("/api/v1/auth/login");
        ExecutorService pool = Executors.newFixedThreadPool(60);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                // another email each time, so the per-account delays do not hide the per-address limit
                String body = "{\"email\":\"nobody-" + i + "@limits.test\",\"password\":\"wrong password " + i + "\"}";
                answers.add(pool.submit(() -> RawHttp.postJson("127.0.0.5", login, body).status()));
            }
            int refused = 0;
            int throttled = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                refused += status == 401 ? 1 : 0;
                throttled += status == 429 ? 1 : 0;
            }
            assertThat(refused).as("wrong passwords actually checked").isEqualTo(10);
            assertThat(throttled).isEqualTo(110);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void anAccountGetsGrowingDelaysWhateverAddressesTheGuessesComeFrom() {
        URI login = server.uri("/api/v1/auth/login");
        String body = "{\"email\":\"" + ADMIN + "\",\"password\":\"not the password\"}";
        for (int i = 1; i <= 5; i++) {
            assertThat(RawHttp.postJson("127.1" + i + ".0.1", login, body).status()).as("guess " + i).isEqualTo(401);
        }
        RawHttp.Answer locked = RawHttp.postJson("127.16.0.1", login,
                "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(locked.status()).as("even the right password waits while the account is locked").isEqualTo(429);
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 30);
    }

    @Test
    @Order(1)
    void junkCodesFromFortyAddressesDoNotLockOutSomeoneWithAValidCode() throws Exception {
        Api organizer = new Api(server).login(ADMIN, PASSWORD);
        String slug = "limits-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Limits", "timezone", "UTC",
                "access", "TICKETED")).json().get("id").asLong();
        String tag = "flood-" + UUID.randomUUID().toString().substring(0, 6);
        Attendees.upload(organizer, eventId, tag, "paid", "Vera");
        String code = mail.awaitCode(Attendees.email(tag, "Vera"), 1);

        // The flood goes on until the valid code has been tried, so that the mechanism is under pressure
        // when it is: 40 addresses fail at 10 a minute each (400), over the 100 this server allows from
        // everyone together. Checking after the flood (as this test once did) met buckets that had
        // refilled on a slow machine, and tried the valid code with no pressure at all. That each address is
        // held back is seen by the address itself, as it floods: pressure comes and goes from one moment to
        // the next (it ends as soon as the global bucket has a try again), and an address that pressure held
        // back after two failures has tries of its own left for a moment without it, so a single junk code
        // sent afterwards may rightly be checked.
        URI signIn = server.uri("/api/v1/auth/access-code");
        ExecutorService pool = Executors.newFixedThreadPool(ATTACKERS);
        AtomicBoolean flooding = new AtomicBoolean(true);
        CountDownLatch heldBack = new CountDownLatch(ATTACKERS);
        try {
            List<Future<Integer>> floods = new ArrayList<>();
            for (int a = 0; a < ATTACKERS; a++) {
                String attacker = "127." + (40 + a) + ".0.1";
                floods.add(pool.submit(() -> flood(signIn, attacker, flooding, heldBack)));
            }
            assertThat(heldBack.await(3, TimeUnit.MINUTES)).as("every attacking address was held back").isTrue();
            RawHttp.Answer person = RawHttp.postJson("127.99.0.1", signIn, "{\"code\":\"" + code + "\"}");
            flooding.set(false);
            for (Future<Integer> flood : floods) {
                assertThat(flood.get()).as("junk codes checked from one address before it was held back")
                        .isBetween(1, 20);
            }
            assertThat(person.status()).as("a person with a valid code still gets in, under pressure").isEqualTo(200);
        } finally {
            flooding.set(false);
            pool.shutdownNow();
        }
        assertThat(server.log()).as("the pressure was reached and logged")
                .contains("failed access-code sign-ins a minute across all addresses");
    }

    /**
     * Sends junk codes from one address until told to stop; returns how many were checked (answered
     * 401) before the first 429. After that it keeps the address failing a little (a refilled try every
     * 6 s), so the pressure lasts while the valid code is tried.
     */
    private static int flood(URI signIn, String attacker, AtomicBoolean flooding, CountDownLatch heldBack)
            throws InterruptedException {
        int checked = 0;
        boolean held = false;
        for (int i = 0; flooding.get(); i++) {
            int status = RawHttp.postJson(attacker, signIn, "{\"code\":\"AAAAA-BBBBB-CCCC" + (i % 8 + 2) + "\"}")
                    .status();
            if (status == 429 && !held) {
                held = true;
                heldBack.countDown();
            } else if (status == 401 && !held) {
                checked++;
            }
            if (held) {
                Thread.sleep(250);
            }
        }
        return checked;
    }

    private static final int ATTACKERS = 40;
}
