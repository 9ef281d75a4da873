package dev.marquee.plugin.rtmp.key;

import dev.marquee.platform.spi.security.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The secret stream keys are derived from and playback addresses are signed with:
 * {@code marquee.rtmp.secret} when configured (at least 32 characters; every instance of a cluster
 * needs the same), otherwise one generated at first start and kept in the database. Changing it
 * changes every stage's stream key and ends every playback address.
 */
@ApplicationScoped
public class ServerSecret {

    private static final Logger LOG = Logger.getLogger(ServerSecret.class.getName());
    private static final int MIN_LENGTH = 32;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.secret")
    Optional<String> configured;

    @Inject
    StreamKeyStore store;

    private volatile SecretKeySpec key;

    /** URL-safe HMAC-SHA256 of {@code message} under the secret, for the given purpose. */
    public String sign(String purpose, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] out = mac.doFinal((purpose + '\n' + message).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(resolve().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
                }
                k = key;
            }
        }
        return k;
    }

    private String resolve() {
        Optional<String> fromConfig = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (fromConfig.isPresent()) {
            if (fromConfig.get().length() < MIN_LENGTH) {
                throw new IllegalStateException("marquee.rtmp.secret must have at least " + MIN_LENGTH + " characters");
            }
            return fromConfig.get();
        }
        return store.generatedSecret().orElseGet(this::generate);
    }

    private String generate() {
        String fresh = Tokens.newToken();
        try {
            store.saveGeneratedSecret(fresh);
            LOG.info("Generated the RTMP server secret (set marquee.rtmp.secret to choose it yourself)");
            return fresh;
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            // another instance generated it first
            return store.generatedSecret().orElseThrow(() -> e);
        }
    }
}
