package dev.marquee.platform.infrastructure.security;

import dev.marquee.platform.spi.security.Tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The platform's master secret, from which core derives one key per purpose (sealing the data grid,
 * signing guest identities): {@code marquee.secret} when configured (at least 32 characters), else 256
 * random bits generated at first start and kept in the database, so every instance sharing the
 * database shares it and two deployments with their own databases never do. Changing it logs out every
 * guest and drops the grid's live state (the sealed entries no longer open); nothing durable is lost.
 */
@ApplicationScoped
public class PlatformSecret {

    static final String SETTING = "platform.secret";
    private static final int MIN_LENGTH = 32;
    private static final Logger LOG = Logger.getLogger(PlatformSecret.class.getName());

    @Inject
    @ConfigProperty(name = "marquee.secret")
    Optional<String> configured;

    @Inject
    GeneratedSecrets store;

    private volatile byte[] master;

    public PlatformSecret() {
    }

    /** A secret given directly (tests, tools). */
    public PlatformSecret(String secret) {
        this.master = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A 256-bit key for {@code purpose}, derived from the master secret (HMAC-SHA256 of the purpose). */
    public byte[] derive(String purpose) {
        return hmac(master(), "marquee/" + purpose);
    }

    /** HMAC-SHA256 of {@code message} under {@code key}. */
    public static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] master() {
        byte[] m = master;
        if (m == null) {
            synchronized (this) {
                if (master == null) {
                    master = resolve().getBytes(StandardCharsets.UTF_8);
                }
                m = master;
            }
        }
        return m;
    }

    private String resolve() {
        Optional<String> fromConfig = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (fromConfig.isPresent()) {
            if (fromConfig.get().length() < MIN_LENGTH) {
                throw new IllegalStateException("marquee.secret must have at least " + MIN_LENGTH + " characters");
            }
            return fromConfig.get();
        }
        return store.find(SETTING).orElseGet(() -> {
            String fresh = store.createOnce(SETTING, Tokens.newToken());
            LOG.info("Using the platform secret generated at first start and kept in the database "
                    + "(set marquee.secret to choose it yourself)");
            return fresh;
        });
    }
}
