package dev.marquee.platform.application.signin;

import dev.marquee.platform.application.AfterCommit;
import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.viewing.ViewingFacts;
import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.domain.model.account.AccountRepository;
import dev.marquee.platform.domain.model.signin.SignInSession;
import dev.marquee.platform.domain.model.signin.SignInSessionRepository;
import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.platform.spi.auth.AuthenticationMechanism;
import dev.marquee.platform.spi.auth.AuthenticationResult;
import dev.marquee.platform.spi.auth.CredentialRequest;
import dev.marquee.platform.spi.auth.Identity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs people in through a mechanism, with limits on failed attempts per source ({@link SignInLimits}),
 * and keeps their sessions: the cookie holds a random token, the database only its hash.
 */
@ApplicationScoped
public class SignInService {

    /** Why a session ends when its person signed in on one device too many. */
    public static final String DEVICE_LIMIT = "device_limit";

    private static final String ACCOUNT = "account:";

    @Inject
    SignInSessionRepository sessions;

    @Inject
    SessionOpener opener;

    @Inject
    SignInLimits limits;

    @Inject
    SessionSweep sweep;

    @Inject
    AfterCommit afterCommit;

    @Inject
    AccountRepository accounts;

    @Inject
    Config config;

    @Inject
    ViewingFacts viewingFacts;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Integer> maxDevices = new ConcurrentHashMap<>();

    /**
     * Checks the credentials with {@code mechanism}; on success opens a session. Failed attempts are
     * counted per mechanism, client address and network ({@link SignInLimits}): past the limit, even
     * right credentials wait.
     *
     * @throws Problem 429 when the address failed too often, 401 for refused credentials
     */
    public IssuedSession signIn(AuthenticationMechanism mechanism, CredentialRequest request) {
        return signIn(mechanism, request, Integer.MAX_VALUE);
    }

    /**
     * As {@link #signIn(AuthenticationMechanism, CredentialRequest)}, keeping at most {@code maxDevices}
     * sessions of the person: the oldest beyond that end, with the reason {@value #DEVICE_LIMIT}.
     *
     * <p>Not one transaction: the limits are grid calls and the mechanism hashes what it compares (a
     * password's PBKDF2 is slow on purpose), so neither holds a database connection. The
     * mechanism reads in its own transaction, if it reads at all, and the session is written in another
     * short one ({@link SessionOpener}). Called inside a transaction, all of it joins that one.
     */
    public IssuedSession signIn(AuthenticationMechanism mechanism, CredentialRequest request, int maxDevices) {
        String address = request.clientAddress();
        Duration wait = limits.take(mechanism.id(), address);
        if (!wait.isZero()) {
            throw Problem.tooMany(wait);
        }
        AuthenticationResult result = mechanism.authenticate(request);
        if (result instanceof AuthenticationResult.Throttled throttled) {
            limits.succeeded(mechanism.id(), address);
            throw Problem.tooMany(throttled.retryAfter());
        }
        if (result instanceof AuthenticationResult.Failure failure) {
            limits.failed(mechanism.id(), address);
            throw new Problem(Problem.Kind.NOT_SIGNED_IN, failure.reason(), failure.message(), List.of(), null);
        }
        limits.succeeded(mechanism.id(), address);
        return open(((AuthenticationResult.Success) result).identity(), mechanism.id(), maxDevices);
    }

    /**
     * How many sessions a person signed in through {@code mechanismId} keeps at most:
     * {@code marquee.<mechanismId>.max-devices}, read once; {@link Integer#MAX_VALUE} without the key.
     */
    public int maxDevicesOf(String mechanismId) {
        return maxDevices.computeIfAbsent(mechanismId, id -> config
                .getOptionalValue("marquee." + id + ".max-devices", Integer.class).orElse(Integer.MAX_VALUE));
    }

    /** Opens a session for an identity vouched for by {@code mechanismId}. */
    public IssuedSession open(Identity identity, String mechanismId) {
        return open(identity, mechanismId, Integer.MAX_VALUE);
    }

    private IssuedSession open(Identity identity, String mechanismId, int maxDevices) {
        SessionOpener.Secrets secrets = SessionOpener.Secrets.fresh();
        SignInSession session = opener.open(identity, mechanismId, secrets, maxDevices);
        afterCommit.run(() -> viewingFacts.signedIn(session.id(), session.subject(), session.displayName()));
        return new IssuedSession(secrets.token(), secrets.csrfToken(), opener.ttl(), callerOf(session));
    }

    /** The caller a session cookie belongs to, if the session exists and has not expired. */
    public Optional<ResolvedSession> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return sessions.findByTokenHash(Tokens.hash(token))
                .filter(s -> !s.expired(clock.instant()))
                .map(s -> new ResolvedSession(callerOf(s), s.csrfHash()));
    }

    @Transactional
    public void signOut(String token) {
        if (token != null && !token.isBlank()) {
            sessions.findByTokenHash(Tokens.hash(token)).ifPresent(session -> {
                long id = session.id();
                sessions.remove(session);
                afterCommit.run(() -> sweep.ended(List.of(id)));
            });
        }
    }

    /** Why the session of this cookie was ended early ({@value #DEVICE_LIMIT}, ...), if it was. */
    public Optional<String> endedReason(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return sessions.findByTokenHash(Tokens.hash(token)).map(SignInSession::endedReason);
    }

    /** Ends every session of a subject at once (access revoked), remembering why; returns how many ended. */
    @Transactional
    public int endAllOf(String subject, String reason) {
        Instant now = clock.instant();
        List<SignInSession> active = sessions.activeOf(subject, now);
        active.forEach(s -> s.end(reason, now));
        List<Long> ids = active.stream().map(SignInSession::id).toList();
        if (!ids.isEmpty()) {
            afterCommit.run(() -> sweep.ended(ids));
        }
        return active.size();
    }

    /** Deletes sessions that ended more than a day ago (a day in which their browsers can still learn why). */
    @Transactional
    public int purgeExpired() {
        return sessions.removeExpired(clock.instant().minus(Duration.ofDays(1)));
    }

    /**
     * The session's caller. For an account, its roles and grants as they are now (not as they were at
     * sign-in): a role taken away stops working with the next request.
     */
    private Caller callerOf(SignInSession s) {
        Optional<Account> account = s.subject().startsWith(ACCOUNT) && s.eventId() == null
                ? parseId(s.subject().substring(ACCOUNT.length())).flatMap(accounts::find) : Optional.empty();
        if (account.isEmpty()) {
            return new Caller(s.subject(), s.displayName(), s.email(), s.roles(), s.eventId(), s.id());
        }
        List<Caller.Grant> grants = account.get().grants().stream().filter(g -> !g.platformWide())
                .map(g -> new Caller.Grant(g.role(), g.eventId(), g.stageId())).toList();
        return new Caller(s.subject(), s.displayName(), s.email(), account.get().rolesFor(null), null, s.id(), grants);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A valid session: its caller and the hash of its CSRF token. */
    public record ResolvedSession(Caller caller, String csrfHash) {
    }
}
