package dev.marquee.systemtest;

import dev.marquee.plugin.twilio.api.TwilioStandIn;
import dev.marquee.testkit.MarqueeServer;

import java.util.Map;

/**
 * A Marquee of its own with the twilio-video plugin configured only through the environment (TWILIO_*,
 * MARQUEE_TWILIO_*): the plugin's real client, pointed at a local stand-in of Twilio's REST API.
 */
final class TwilioServers {

    static final String ORGANIZER_EMAIL = "twilio-organizer@marquee.test";
    static final String ORGANIZER_PASSWORD = "a-long-twilio-password";
    static final String ACCOUNT_SID = "ACsystemtest";
    static final String AUTH_TOKEN = "system-test-auth-token";
    static final String API_KEY = "SKsystemtest";
    static final String API_SECRET = "system-test-api-secret-0123456789abcdef";
    /** Where Twilio is told to send room callbacks; the signatures are computed over it. */
    static final String CALLBACK = "https://hooks.marquee.test/api/v1/webhooks/twilio/video";

    private TwilioServers() {
    }

    /** Boots Marquee in a new work directory named {@code name}; its platform organizer is {@link #ORGANIZER_EMAIL}. */
    static MarqueeServer start(String name, TwilioStandIn twilio) {
        return new MarqueeServer(MarqueeServer.newWorkDir(name), Map.of(
                "TWILIO_ACCOUNT_SID", ACCOUNT_SID, "TWILIO_AUTH_TOKEN", AUTH_TOKEN,
                "TWILIO_API_KEY", API_KEY, "TWILIO_API_SECRET", API_SECRET,
                "MARQUEE_TWILIO_API_URL", twilio.url(), "MARQUEE_TWILIO_STATUS_CALLBACK_URL", CALLBACK,
                "MARQUEE_ADMIN_EMAIL", ORGANIZER_EMAIL, "MARQUEE_ADMIN_PASSWORD", ORGANIZER_PASSWORD,
                "MARQUEE_DEMO", "false")).start();
    }
}
