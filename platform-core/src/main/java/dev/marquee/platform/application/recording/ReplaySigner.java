package dev.marquee.platform.application.recording;

import dev.marquee.platform.infrastructure.security.PlatformSecret;
import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.platform.spi.auth.SessionGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Base64;

/**
 * Replay tokens: {@code <expiry epoch seconds>.<session>.<signature>}, the signature an HMAC of the
 * replay, the expiry and the sign-in session that asked for it ({@code 0} for guests) under a key
 * derived from the platform secret. Handed only to people allowed to watch the replay, carried in its
 * path (so segment addresses, relative to the playlist, carry it too), valid until it expires or its
 * session ends.
 */
@ApplicationScoped
public class ReplaySigner {

    @Inject
    PlatformSecret secret;

    @Inject
    SessionGuard sessions;

    private volatile byte[] key;

    public String token(ReplayId replay, Long sessionId, Instant expiresAt) {
        long exp = expiresAt.getEpochSecond();
        long sid = sessionId == null ? 0 : sessionId;
        return exp + "." + sid + "." + signature(replay, exp, sid);
    }

    /** Whether the token is a valid, unexpired one for the replay whose session (if any) is still active. */
    public boolean valid(ReplayId replay, String token, Instant now) {
        if (token == null || token.length() > 100) {
            return false;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        long exp;
        long sid;
        try {
            exp = Long.parseLong(parts[0]);
            sid = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (exp <= now.getEpochSecond() || sid < 0 || !Tokens.same(signature(replay, exp, sid), parts[2])) {
            return false;
        }
        return sid == 0 || sessions.active(sid);
    }

    private String signature(ReplayId replay, long exp, long sid) {
        byte[] k = key;
        if (k == null) {
            k = secret.derive("replay-playback");
            key = k;
        }
        byte[] mac = PlatformSecret.hmac(k, replay + "|" + exp + "|" + sid);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }
}
