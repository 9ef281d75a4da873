package dev.marquee.platform.application.webhook;

import dev.marquee.platform.infrastructure.cluster.GridSeal;
import dev.marquee.platform.infrastructure.security.PlatformSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keeps webhook signing secrets sealed in the database: AES-256-GCM under a key derived from the
 * platform secret for this purpose alone, so a copy of the database (a backup) does not give anyone
 * the power to sign messages a receiver trusts. Changing the platform secret makes the stored secrets
 * unreadable: those webhooks must be created again (their messages fail with a clear error).
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final String CONTEXT = "webhook-secret";

    @Inject
    PlatformSecret platform;

    private volatile GridSeal seal;

    /** The secret sealed for storage. */
    public String seal(String secret) {
        return Base64.getEncoder().encodeToString(seal().seal(CONTEXT, secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** The key bytes of a stored secret. */
    public byte[] key(String sealed) {
        byte[] opened = seal().open(CONTEXT, Base64.getDecoder().decode(sealed));
        if (opened == null) {
            throw new IllegalStateException("the webhook's secret cannot be opened: was the platform secret "
                    + "(marquee.secret) changed? Create the webhook again");
        }
        return WebhookSignature.key(new String(opened, StandardCharsets.UTF_8));
    }

    private GridSeal seal() {
        GridSeal s = seal;
        if (s == null) {
            s = GridSeal.of(platform.derive("webhook-secrets"));
            seal = s;
        }
        return s;
    }
}
