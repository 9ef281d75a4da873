package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core serves sign-in for every authentication mechanism at {@code POST /api/v1/auth/{mechanism}}
 * (docs/plugins.md): core's {@code password} there as at {@code auth/login}, a body the mechanism's declared
 * credentials refuse is a 400 that the mechanism never sees, an unknown mechanism is a 404, and sign-in
 * alone is exempt from the CSRF header (sign-out, with the same cookies, is not).
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class SignInMechanismsIT {

    private MarqueeServer server;

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
    }

    @Test
    void thePasswordMechanismSignsInAtItsOwnPathAsAtLogin() {
        Api api = new Api(server);
        Api.Reply reply = api.post("/api/v1/auth/password", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        assertThat(reply.json().get("roles").toString()).contains("ORGANIZER");
        assertThat(String.join("\n", reply.raw().headers().allValues("Set-Cookie")))
                .containsPattern("MARQUEE_SESSION=[^;]+;.*HttpOnly").containsPattern("XSRF-TOKEN=[^;]+;");
        assertThat(api.get("/api/v1/auth/session").json().get("signedIn").asBoolean()).isTrue();
    }

    @Test
    void anUnknownMechanismIsNotFoundAsJson() {
        Api.Reply reply = new Api(server).post("/api/v1/auth/no-such-mechanism", Map.of("code", "x"));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void aBodyOutsideTheDeclaredCredentialsIsRefusedBeforeTheMechanism() {
        Api api = new Api(server);
        Api.Reply blank = api.post("/api/v1/auth/access-code", Map.of("code", " "));
        assertThat(blank.status()).as(blank.raw().body()).isEqualTo(400);
        assertThat(blank.json().get("error").asText()).isEqualTo("invalid_request");
        assertThat(blank.json().get("fields").get(0).get("name").asText()).isEqualTo("code");

        Api.Reply number = api.post("/api/v1/auth/access-code", Map.of("code", 12345));
        assertThat(number.status()).isEqualTo(400);
        Api.Reply tooLong = api.post("/api/v1/auth/access-code", Map.of("code", "A".repeat(65)));
        assertThat(tooLong.status()).isEqualTo(400);
        Api.Reply notAnObject = api.postAs("/api/v1/auth/access-code", "application/json",
                "[\"AAAAA-BBBBB-CCCCC\"]".getBytes(StandardCharsets.UTF_8));
        assertThat(notAnObject.status()).isEqualTo(400);
        Api.Reply noPassword = api.post("/api/v1/auth/login", Map.of("email", ADMIN_EMAIL));
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.json().get("fields").get(0).get("name").asText()).isEqualTo("password");
    }

    @Test
    void signInNeedsNoCsrfHeaderButSignOutWithTheSameCookiesDoes() {
        Api signedIn = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD).withoutCsrf();
        Api.Reply again = signedIn.post("/api/v1/auth/password", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(again.status()).as(again.raw().body()).isEqualTo(200);
        Api.Reply logout = signedIn.post("/api/v1/auth/logout", Map.of());
        assertThat(logout.status()).isEqualTo(403);
        assertThat(logout.json().get("error").asText()).isEqualTo("csrf_token_invalid");
    }
}
