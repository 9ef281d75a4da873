package dev.marquee.plugin.rtmp.cluster;

import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.plugin.rtmp.key.ServerSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * Proves that a pull of a stage comes from an instance of this deployment, not from anyone who sets a
 * header: {@code <instance>.<expiry epoch seconds>.<signature>}, the signature an HMAC of the stage,
 * the instance and the expiry under the server secret that every instance shares. A credential is
 * checked when the pull starts and is good for {@link #LIFETIME}; a pull lasts as long as its response.
 */
@ApplicationScoped
public class RelayCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final String PURPOSE = "marquee-rtmp-relay";

    @Inject
    ServerSecret secret;

    public RelayCredentials() {
    }

    RelayCredentials(ServerSecret secret) {
        this.secret = secret;
    }

    /** A credential for pulling {@code stageId}, from {@code instance}. */
    public String issue(long stageId, String instance, Instant now) {
        long exp = now.plus(LIFETIME).getEpochSecond();
        return instance + "." + exp + "." + signature(stageId, instance, exp);
    }

    /** Whether {@code credential} is a valid, unexpired one for pulling {@code stageId}. */
    public boolean valid(long stageId, String credential, Instant now) {
        if (credential == null || credential.length() > 200) {
            return false;
        }
        String[] parts = credential.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty()) {
            return false;
        }
        try {
            long exp = Long.parseLong(parts[1]);
            return exp > now.getEpochSecond() && Tokens.same(signature(stageId, parts[0], exp), parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String signature(long stageId, String instance, long exp) {
        return secret.sign(PURPOSE, stageId + ":" + instance + ":" + exp).substring(0, 32);
    }
}
