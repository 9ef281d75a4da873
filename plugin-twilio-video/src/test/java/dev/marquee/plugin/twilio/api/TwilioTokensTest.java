package dev.marquee.plugin.twilio.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens taken apart by hand: header, grants, lifetime and the HMAC signature with the API secret. */
class TwilioTokensTest {

    private static final String SECRET = "test-api-secret-0123456789abcdef0123";

    @Test
    void aTokenCarriesAVideoGrantForTheRoomAndTheIdentity() throws Exception {
        long before = Instant.now().getEpochSecond();
        String jwt = new TwilioTokens("ACtest", "SKtest", SECRET, Duration.ofMinutes(10)).mint("m-0a1b", "marquee-stage-7");
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);

        JsonObject header = decode(parts[0]);
        assertThat(header.getString("cty")).isEqualTo("twilio-fpa;v=1");
        assertThat(header.getString("alg")).isEqualTo("HS256");

        JsonObject payload = decode(parts[1]);
        assertThat(payload.getString("iss")).isEqualTo("SKtest");
        assertThat(payload.getString("sub")).isEqualTo("ACtest");
        assertThat(payload.getJsonObject("grants").getString("identity")).isEqualTo("m-0a1b");
        assertThat(payload.getJsonObject("grants").getJsonObject("video").getString("room")).isEqualTo("marquee-stage-7");
        long exp = payload.getJsonNumber("exp").longValue();
        assertThat(exp - before).isBetween(590L, 600L);
        assertThat(exp - Instant.now().getEpochSecond()).isLessThanOrEqualTo(600L);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signature = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(parts[2]).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
    }

    @Test
    void noTokenLivesLongerThanADay() {
        String jwt = new TwilioTokens("ACtest", "SKtest", SECRET, Duration.ofDays(3)).mint("m-1", "marquee-stage-1");
        long exp = decode(jwt.split("\\.")[1]).getJsonNumber("exp").longValue();
        assertThat(exp - Instant.now().getEpochSecond()).isLessThanOrEqualTo(Duration.ofHours(24).toSeconds());
    }

    private static JsonObject decode(String part) {
        String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }
}
