package dev.marquee.platform.domain.model.signin;

import java.time.Instant;
import java.util.Optional;

/** Stores sign-in sessions by the hash of their cookie. */
public interface SignInSessionRepository {

    Optional<SignInSession> findByTokenHash(String tokenHash);

    /** The session with this id, ended or not. */
    Optional<SignInSession> find(long id);

    SignInSession add(SignInSession session);

    void remove(SignInSession session);

    /** The sessions of {@code subject} that have not ended, newest first. */
    java.util.List<SignInSession> activeOf(String subject, Instant now);

    /** The ids of the sessions of {@code subject} that have not ended, newest first (no entity is loaded). */
    java.util.List<Long> activeIdsOf(String subject, Instant now);

    /**
     * Ends those of the sessions {@code ids} that have not ended yet, remembering {@code reason}, in one
     * statement; returns how many ended.
     */
    int end(java.util.Collection<Long> ids, String reason, Instant now);

    /** Of the sessions {@code ids}, those that exist, have not ended and have not expired at {@code now}. */
    java.util.Set<Long> activeAmong(java.util.Collection<Long> ids, Instant now);

    /** Deletes sessions that expired before {@code now}; returns how many. */
    int removeExpired(Instant now);
}
