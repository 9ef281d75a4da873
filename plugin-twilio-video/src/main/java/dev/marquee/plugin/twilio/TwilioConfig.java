package dev.marquee.plugin.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Twilio plugin's configuration (docs/twilio-video.md), read once. The credentials come from
 * {@code twilio.*} (environment {@code TWILIO_ACCOUNT_SID}, ...); without all four the plugin reports
 * itself unconfigured. {@link #toString()} never shows a secret.
 */
@ApplicationScoped
public class TwilioConfig {

    /** The webhook's path under the public URL. */
    public static final String WEBHOOK_PATH = "/api/v1/webhooks/twilio/video";

    /** Twilio refuses access tokens that live longer than a day. */
    public static final Duration MAX_TOKEN_TTL = Duration.ofHours(24);

    @Inject
    @ConfigProperty(name = "twilio.account-sid")
    Optional<String> accountSid;

    @Inject
    @ConfigProperty(name = "twilio.auth-token")
    Optional<String> authToken;

    @Inject
    @ConfigProperty(name = "twilio.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "twilio.api-secret")
    Optional<String> apiSecret;

    @Inject
    @ConfigProperty(name = "marquee.twilio.api-url", defaultValue = "https://video.twilio.com")
    String apiUrl;

    @Inject
    @ConfigProperty(name = "marquee.twilio.token-ttl", defaultValue = "PT1H")
    Duration tokenTtl;

    @Inject
    @ConfigProperty(name = "marquee.twilio.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    @ConfigProperty(name = "marquee.twilio.state-interval", defaultValue = "PT0.25S")
    Duration stateInterval;

    @Inject
    @ConfigProperty(name = "marquee.twilio.status-callback-url")
    Optional<String> statusCallbackUrl;

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** For CDI. */
    public TwilioConfig() {
    }

    /** A configuration given directly (tests). */
    public TwilioConfig(String accountSid, String authToken, String apiKey, String apiSecret, String apiUrl,
                        String publicUrl) {
        this.accountSid = Optional.ofNullable(accountSid);
        this.authToken = Optional.ofNullable(authToken);
        this.apiKey = Optional.ofNullable(apiKey);
        this.apiSecret = Optional.ofNullable(apiSecret);
        this.apiUrl = apiUrl;
        this.publicUrl = publicUrl;
        this.tokenTtl = Duration.ofHours(1);
        this.requestTimeout = Duration.ofSeconds(10);
        this.stateInterval = Duration.ZERO;
        this.statusCallbackUrl = Optional.empty();
    }

    /** Whether all four credentials are set. */
    public boolean configured() {
        return missing().isEmpty();
    }

    /** The environment variables still to set, in the order people read them. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (blank(accountSid)) {
            missing.add("TWILIO_ACCOUNT_SID");
        }
        if (blank(authToken)) {
            missing.add("TWILIO_AUTH_TOKEN");
        }
        if (blank(apiKey)) {
            missing.add("TWILIO_API_KEY");
        }
        if (blank(apiSecret)) {
            missing.add("TWILIO_API_SECRET");
        }
        return missing;
    }

    /** The sentence shown wherever the plugin refuses work for lack of credentials. */
    public String notConfiguredReason() {
        return "Twilio is not configured: set " + String.join(", ", missing())
                + " (or twilio.account-sid, twilio.auth-token, twilio.api-key, twilio.api-secret)";
    }

    public String accountSid() {
        return value(accountSid);
    }

    public String authToken() {
        return value(authToken);
    }

    public String apiKey() {
        return value(apiKey);
    }

    public String apiSecret() {
        return value(apiSecret);
    }

    /** Where the Rooms API is reached: Twilio itself, or a stand-in in tests. */
    public String apiUrl() {
        return apiUrl.strip().replaceAll("/+$", "");
    }

    /** How long an access token works, at most a day. */
    public Duration tokenTtl() {
        Duration ttl = tokenTtl.isNegative() || tokenTtl.isZero() ? Duration.ofHours(1) : tokenTtl;
        return ttl.compareTo(MAX_TOKEN_TTL) > 0 ? MAX_TOKEN_TTL : ttl;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** How often a stage's state is pushed at most. */
    public Duration stateInterval() {
        return stateInterval;
    }

    /** The exact URL Twilio calls back: given when rooms are created and checked in signatures. */
    public String statusCallbackUrl() {
        return statusCallbackUrl.map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> publicUrl.strip().replaceAll("/+$", "") + WEBHOOK_PATH);
    }

    private static boolean blank(Optional<String> value) {
        return value == null || value.map(String::isBlank).orElse(true);
    }

    private static String value(Optional<String> value) {
        return blank(value) ? null : value.get().strip();
    }

    @Override
    public String toString() {
        return "TwilioConfig[configured=" + configured() + ", apiUrl=" + apiUrl + ", callback=" + statusCallbackUrl()
                + "]";
    }
}
