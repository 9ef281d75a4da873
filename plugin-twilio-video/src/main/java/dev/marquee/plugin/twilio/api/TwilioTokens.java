package dev.marquee.plugin.twilio.api;

import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VideoGrant;
import dev.marquee.plugin.twilio.stage.AccessTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Access tokens signed with the API key's secret (HS256), with a Video grant for one room and the
 * person's opaque identity; they live {@code marquee.twilio.token-ttl} (at most a day).
 */
public final class TwilioTokens implements AccessTokens {

    private final String accountSid;
    private final String apiKey;
    private final byte[] apiSecret;
    private final int ttlSeconds;

    public TwilioTokens(String accountSid, String apiKey, String apiSecret, Duration ttl) {
        this.accountSid = accountSid;
        this.apiKey = apiKey;
        this.apiSecret = apiSecret.getBytes(StandardCharsets.UTF_8);
        this.ttlSeconds = (int) Math.min(ttl.toSeconds(), Duration.ofHours(24).toSeconds());
    }

    @Override
    public String mint(String identity, String room) {
        return new AccessToken.Builder(accountSid, apiKey, apiSecret).identity(identity).ttl(ttlSeconds)
                .grant(new VideoGrant().setRoom(room)).build().toJwt();
    }

    @Override
    public String toString() {
        return "TwilioTokens[" + apiKey + "]";
    }
}
