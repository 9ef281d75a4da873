package dev.marquee.platform.application.signin;

import dev.marquee.platform.application.AfterCommit;
import dev.marquee.platform.domain.model.signin.SignInSession;
import dev.marquee.platform.domain.model.signin.SignInSessionRepository;
import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.platform.spi.auth.Identity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes a new session and applies the person's device limit, in one short transaction of at most
 * three statements: the ids of the person's active sessions (only when there is a limit), the new
 * session, and one update ending the oldest beyond the limit (only when some must end). The tokens
 * are drawn before the transaction starts, and the credentials were checked before it too
 * ({@link SignInService#signIn}), so the database connection is held for these statements only.
 */
@ApplicationScoped
public class SessionOpener {

    @Inject
    SignInSessionRepository sessions;

    @Inject
    @ConfigProperty(name = "marquee.session.ttl", defaultValue = "PT24H")
    Duration ttl;

    @Inject
    SessionSweep sweep;

    @Inject
    AfterCommit afterCommit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Stores a session for {@code identity} with the hashes of {@code secrets}, keeping at most
     * {@code maxDevices} active sessions of the person (this one included): the oldest beyond that end
     * with the reason {@value SignInService#DEVICE_LIMIT}, and what they had open here closes after the
     * commit. {@link Integer#MAX_VALUE}: no limit, and no query for it.
     */
    @Transactional
    public SignInSession open(Identity identity, String mechanismId, Secrets secrets, int maxDevices) {
        Instant now = clock.instant();
        List<Long> ended = maxDevices == Integer.MAX_VALUE ? List.of()
                : sessions.activeIdsOf(identity.subject(), now).stream().skip(Math.max(1, maxDevices) - 1L).toList();
        SignInSession session = sessions.add(new SignInSession(secrets.tokenHash(), secrets.csrfHash(),
                identity.subject(), identity.displayName(), identity.email(), identity.roles(), identity.eventId(),
                mechanismId, now, now.plus(ttl)));
        if (!ended.isEmpty()) {
            sessions.end(ended, SignInService.DEVICE_LIMIT, now);
            afterCommit.run(() -> sweep.ended(ended));
        }
        return session;
    }

    /** How long a new session lasts. */
    public Duration ttl() {
        return ttl;
    }

    /** A new session's cookie secret and CSRF token, and their hashes (all that is stored). */
    public record Secrets(String token, String csrfToken, String tokenHash, String csrfHash) {

        /** Fresh random secrets, hashed outside any transaction. */
        public static Secrets fresh() {
            String token = Tokens.newToken();
            String csrf = Tokens.newToken();
            return new Secrets(token, csrf, Tokens.hash(token), Tokens.hash(csrf));
        }

        @Override
        public String toString() {
            return "Secrets[...]";
        }
    }
}
