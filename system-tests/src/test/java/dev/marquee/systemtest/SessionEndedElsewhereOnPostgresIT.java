package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session ended by another instance: nothing tells this one but the database. The row is deleted the way
 * another instance's sign-out does it, behind this server's back; the session sweep must find it and
 * close the stage socket the session opened within 5 s, and the session's playback addresses stop
 * working. (A sweep that could not read the database from its scheduler thread once left such sockets
 * open for good.)
 */
@Database(Database.Kind.POSTGRES)
@ExtendWith(ServerExtension.class)
class SessionEndedElsewhereOnPostgresIT {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    private MarqueeServer server;
    private TestMailServer mail;
    private Api organizer;

    @BeforeEach
    void connect(MarqueeServer shared, TestMailServer sharedMail) {
        server = shared;
        mail = sharedMail;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @Test
    void aSessionEndedInTheDatabaseClosesItsSocketAndAddressesHere() throws Exception {
        String slug = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Elsewhere",
                "timezone", "UTC", "access", "TICKETED")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "external", "settings", Map.of("url", "https://example.org/live.m3u8"))).json().get("id").asLong();
        Api attendee = Attendees.signedIn(server, mail, organizer, eventId, slug, "Eve").get("Eve");
        String cookie = attendee.cookie("MARQUEE_SESSION").orElseThrow().getValue();

        try (ChatClient socket = ChatClient.signedIn(server, stageId, attendee)) {
            socket.await("chat.welcome");
            MarqueeServer.sleep(2_500); // past a sweep, so the session is known to be active here
            assertThat(attendee.get("/api/v1/auth/session").json().path("signedIn").asBoolean()).isTrue();

            endInDatabase(cookie);
            long ended = System.nanoTime();

            assertThat(socket.awaitClose()).as("the stage socket").isEqualTo(1008);
            assertThat(Duration.ofNanos(System.nanoTime() - ended)).isLessThan(WITHIN);
        }
        assertThat(attendee.get("/api/v1/auth/session").json().path("signedIn").asBoolean()).as("the session itself").isFalse();
        assertThat(attendee.get("/api/v1/stages/" + stageId + "/playback").status()).isIn(401, 403);
    }

    /** What another instance's sign-out commits: the row gone, found by the cookie's SHA-256. */
    private static void endInDatabase(String cookie) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = DriverManager.getConnection(SharedServers.PG_URL + "?currentSchema=" + SharedServers.PG_SCHEMA,
                "postgres", "");
             PreparedStatement s = c.prepareStatement("delete from sign_in_session where token_hash = ?")) {
            s.setString(1, hash);
            assertThat(s.executeUpdate()).as("the session's row").isEqualTo(1);
        }
    }
}
