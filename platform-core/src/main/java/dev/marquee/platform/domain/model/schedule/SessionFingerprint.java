package dev.marquee.platform.domain.model.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A session's content as a SHA-256 hex string: its stage, title, description, speakers and times. An
 * import stores the fingerprint of what it wrote; comparing it with the session's current one tells
 * whether an organizer has edited the session since.
 */
public final class SessionFingerprint {

    private SessionFingerprint() {
    }

    public static String of(long stageId, String title, String description, List<String> speakers, TimeSlot slot) {
        String canonical = String.join("\u001e", Long.toString(stageId), nullToEmpty(title), nullToEmpty(description),
                String.join("\u001f", speakers), slot.startsAt().toString(), slot.endsAt().toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
