package dev.marquee.plugin.rtmp.playback;

import dev.marquee.platform.infrastructure.security.Tokens;
import dev.marquee.plugin.rtmp.key.ServerSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Playback tokens: {@code <expiry epoch seconds>.<signature>}, the signature an HMAC of the stage and
 * the expiry under the server secret. A token plays one stage until it expires; it is handed only to
 * people allowed to watch ({@code GET /api/v1/stages/{id}/playback}) and carried in the playback path,
 * so HLS segment addresses, relative to the playlist, carry it too.
 */
@ApplicationScoped
public class PlaybackSigner {

    private static final String PURPOSE = "marquee-rtmp-play";

    @Inject
    ServerSecret secret;

    public String token(long stageId, Instant expiresAt) {
        long exp = expiresAt.getEpochSecond();
        return exp + "." + signature(stageId, exp);
    }

    /** Whether the token is a valid, unexpired one for this stage. */
    public boolean valid(long stageId, String token, Instant now) {
        if (token == null || token.length() > 100) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long exp;
        try {
            exp = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        return exp > now.getEpochSecond() && Tokens.same(signature(stageId, exp), token.substring(dot + 1));
    }

    private String signature(long stageId, long exp) {
        return secret.sign(PURPOSE, stageId + ":" + exp).substring(0, 32);
    }
}
