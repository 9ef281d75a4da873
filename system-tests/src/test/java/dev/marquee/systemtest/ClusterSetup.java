package dev.marquee.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.plugin.twilio.api.TwilioStandIn;
import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;

import java.util.HashMap;
import java.util.Map;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;

/** The environment ClusterIT's two instances share, and how many members an instance sees. */
final class ClusterSetup {

    private ClusterSetup() {
    }

    /** PostgreSQL in {@code schema}, the test mail server, Twilio's stand-in, trusted nginx, short intervals. */
    static Map<String, String> environment(String schema, TestMailServer mail, TwilioStandIn twilio, String twilioCallback) {
        Map<String, String> env = new HashMap<>();
        env.put("MARQUEE_DB_URL", SharedServers.PG_URL + "?currentSchema=" + schema);
        env.put("MARQUEE_DB_USER", "postgres");
        env.put("MARQUEE_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("MARQUEE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("MARQUEE_DEMO", "false");
        env.putAll(mail.env());
        env.put("MARQUEE_MAIL_FROM", "HackConf <tickets@marquee.test>");
        env.put("MARQUEE_MAIL_DISPATCH_INTERVAL", "PT1S");
        env.put("MARQUEE_MAIL_CLAIM_TIMEOUT", "PT10S");
        env.put("MARQUEE_HTTP_TRUSTED_PROXIES", "127.0.0.1");
        env.put("MARQUEE_TICKETS_CHECK_INTERVAL", "PT2S");
        env.put("MARQUEE_OUTBOUND_ALLOW", ExportServer.ALLOWED_HOST);
        env.put("MARQUEE_RECORDINGS_DIR", MarqueeServer.newWorkDir("cluster-recordings").toString());
        env.put("TWILIO_ACCOUNT_SID", "ACclustertest");
        env.put("TWILIO_AUTH_TOKEN", "cluster-test-auth-token");
        env.put("TWILIO_API_KEY", "SKclustertest");
        env.put("TWILIO_API_SECRET", "cluster-test-api-secret-0123456789abcdef");
        env.put("MARQUEE_TWILIO_API_URL", twilio.url());
        env.put("MARQUEE_TWILIO_STATUS_CALLBACK_URL", twilioCallback);
        return env;
    }

    /** The members of the data grid {@code server}'s readiness check reports; 0 before it answers. */
    static int clusterSize(MarqueeServer server) {
        Api.Reply ready = new Api(server).get("/health/ready");
        if (ready.json() == null) {
            return 0;
        }
        for (JsonNode check : ready.json().path("checks")) {
            if ("cluster".equals(check.path("name").asText())) {
                return check.at("/data/members").asInt();
            }
        }
        return 0;
    }
}
