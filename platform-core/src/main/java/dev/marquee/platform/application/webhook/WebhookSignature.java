package dev.marquee.platform.application.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Standard Webhooks symmetric scheme: a secret is {@code whsec_} and the base64 of its key bytes;
 * a signature is {@code v1,} and the base64 of HMAC-SHA256, under those key bytes, of
 * {@code <webhook-id>.<webhook-timestamp>.<body>}. Stateless and thread-safe.
 */
public final class WebhookSignature {

    /** The prefix of a secret in the Standard Webhooks format. */
    public static final String PREFIX = "whsec_";
    /** How many random bytes a new secret holds (the specification asks for 24 to 64). */
    static final int KEY_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret, {@code whsec_} and the base64 of 32 random bytes. */
    public static String newSecret() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes of a secret (with or without its {@code whsec_} prefix). */
    public static byte[] key(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }

    /** The {@code webhook-signature} header value for one attempt. */
    public static String sign(byte[] key, String messageId, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** A message id: {@code msg_} and 24 random URL-safe characters, the same on every attempt. */
    public static String newMessageId() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return "msg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
