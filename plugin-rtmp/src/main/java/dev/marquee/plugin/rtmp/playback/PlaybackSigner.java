package dev.marquee.plugin.rtmp.playback;

import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.platform.spi.auth.SessionGuard;
import dev.marquee.plugin.rtmp.key.ServerSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Playback tokens: {@code <expiry epoch seconds>.<session>.<nonce>.<signature>}, the signature an HMAC of
 * the stage, the expiry, the sign-in session that asked for it ({@code 0} for guests and for the
 * internal pulls between instances) and the nonce, under the server secret. The nonce (48 random bits)
 * makes every address a new one: an address is what "end the oldest" ends ({@link EndedAddresses}) and
 * what a viewing is counted by, so two asked for by one session in the same second must differ. A token plays one stage until it expires
 * or its session ends, whichever comes first: it is handed only to people allowed to watch
 * ({@code GET /api/v1/stages/{id}/playback}) and carried in the playback path, so HLS segment
 * addresses, relative to the playlist, carry it too.
 */
@ApplicationScoped
public class PlaybackSigner {

    private static final String PURPOSE = "marquee-rtmp-play";
    /** Tokens already verified, so LL-HLS's several requests a second per viewer cost one HMAC per token. */
    static final int VERIFIED_MAX = 20_000;
    private static final SessionGuard.Watch NOTHING = () -> { };
    private static final int NONCE_BYTES = 6;
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{8}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ServerSecret secret;

    @Inject
    SessionGuard sessions;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(long exp, long sid) {
    }

    /** A token for the stage, tied to {@code sessionId} (null when the viewer has no session). */
    public String token(long stageId, Long sessionId, Instant expiresAt) {
        long exp = expiresAt.getEpochSecond();
        long sid = sessionId == null ? 0 : sessionId;
        byte[] random = new byte[NONCE_BYTES];
        RANDOM.nextBytes(random);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return exp + "." + sid + "." + nonce + "." + signature(stageId, exp, sid, nonce);
    }

    /** Whether the token is a valid, unexpired one for this stage whose session (if any) is still active. */
    public boolean valid(long stageId, String token, Instant now) {
        Optional<Long> session = check(stageId, token, now);
        return session.isPresent() && (session.get() == 0 || sessions.active(session.get()));
    }

    /**
     * Ends what a token opened when the token's session ends: runs {@code onEnd} then (a guest's token
     * watches nothing). Close the watch when the playback ends first.
     */
    public SessionGuard.Watch onSessionEnd(long stageId, String token, Runnable onEnd) {
        Optional<Long> session = check(stageId, token, Instant.now());
        return session.isPresent() && session.get() != 0 ? sessions.watch(session.get(), onEnd) : NOTHING;
    }

    /** The sign-in session a valid token is tied to; 0 for a guest's token (and for one that is not valid). */
    public long sessionOf(long stageId, String token) {
        return check(stageId, token, Instant.now()).orElse(0L);
    }

    /** When a valid token expires (epoch ms); 0 for one that is not valid. */
    public long expiryOf(long stageId, String token) {
        if (check(stageId, token, Instant.now()).isEmpty()) {
            return 0;
        }
        return Long.parseLong(token.substring(0, token.indexOf('.'))) * 1000;
    }

    /** The session of a validly signed, unexpired token ({@code 0}: none). */
    private Optional<Long> check(long stageId, String token, Instant now) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String key = stageId + "/" + token;
        Verified known = verified.get(key);
        if (known != null) {
            return known.exp > now.getEpochSecond() ? Optional.of(known.sid) : Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !NONCE.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        long exp;
        long sid;
        try {
            exp = Long.parseLong(parts[0]);
            sid = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (exp <= now.getEpochSecond() || sid < 0 || !Tokens.same(signature(stageId, exp, sid, parts[2]), parts[3])) {
            return Optional.empty();
        }
        if (verified.size() >= VERIFIED_MAX) {
            verified.clear(); // only validly signed tokens get here: a flood of them costs an HMAC each again
        }
        verified.put(key, new Verified(exp, sid));
        return Optional.of(sid);
    }

    private String signature(long stageId, long exp, long sid, String nonce) {
        return secret.sign(PURPOSE, stageId + ":" + exp + ":" + sid + ":" + nonce).substring(0, 32);
    }
}
