package dev.marquee.plugin.twilio.stage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity a person has in Twilio rooms: {@code m-} and 32 hex digits of the SHA-256 of their
 * Marquee subject. Stable (every tab and every visit of one person has the same), opaque (Twilio never
 * sees an account id, an email or a guest's name) and safe in Twilio's URLs.
 */
public final class Identities {

    /** What an identity looks like; anything else sent by a client is refused. */
    public static final String PATTERN = "m-[0-9a-f]{32}";

    private Identities() {
    }

    public static String of(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return "m-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    public static boolean valid(String identity) {
        return identity != null && identity.matches(PATTERN);
    }
}
