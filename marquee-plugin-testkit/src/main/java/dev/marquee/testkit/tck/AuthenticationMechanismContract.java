package dev.marquee.testkit.tck;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.testkit.Api;
import dev.marquee.testkit.Marquee;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Marquee expects of every sign-in mechanism, against the real server at
 * {@code POST /api/v1/auth/{mechanism}}: listed and configured; good credentials give a session (the
 * session and XSRF-TOKEN cookies, and {@code GET /api/v1/auth/session} says signed in); wrong ones a 401
 * that does not say which part was wrong; a body without the declared fields a 400; a signed-out session
 * is gone.
 */
public abstract class AuthenticationMechanismContract {

    private Marquee marquee;

    /** The mechanism's plugin id (the last segment of its sign-in address). */
    protected abstract String mechanismId();

    /** Credentials the mechanism accepts; make what they need through {@code marquee} (an attendee, ...). */
    protected abstract Map<String, Object> goodCredentials(Marquee marquee);

    /** Credentials of the right shape that the mechanism refuses. */
    protected abstract Map<String, Object> wrongCredentials();

    @BeforeEach
    void connect(Marquee running) {
        marquee = running;
    }

    @Test
    void isListedAsAConfiguredSignInMechanism() {
        JsonNode plugin = marquee.plugin(mechanismId());
        assertThat(plugin.get("kind").asText()).isEqualTo("AUTHENTICATION");
        assertThat(plugin.get("configured").asBoolean()).as("configured").isTrue();
    }

    @Test
    void goodCredentialsOpenASessionThatSigningOutCloses() {
        Api person = marquee.anonymous();
        Api.Reply signedIn = person.post(address(), goodCredentials(marquee));
        assertThat(signedIn.status()).as(signedIn.raw().body()).isEqualTo(200);
        assertThat(person.cookie("MARQUEE_SESSION")).as("session cookie").isPresent();
        assertThat(person.cookie("XSRF-TOKEN")).as("CSRF cookie").isPresent();
        assertThat(person.get("/api/v1/auth/session").json().get("signedIn").asBoolean()).isTrue();

        assertThat(person.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(person.get("/api/v1/auth/session").json().get("signedIn").asBoolean()).isFalse();
    }

    @Test
    void wrongCredentialsAreRefusedWithoutSayingWhy() {
        Api.Reply refused = marquee.anonymous().post(address(), wrongCredentials());
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(401);
        assertThat(refused.json().get("error").asText()).isNotBlank();
    }

    @Test
    void aBodyWithoutTheDeclaredFieldsIsABadRequest() {
        Api.Reply refused = marquee.anonymous().post(address(), Map.of("unexpected", "value"));
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
    }

    private String address() {
        return "/api/v1/auth/" + mechanismId();
    }
}
