package dev.marquee.platform.domain.model.signin;

import java.time.Instant;
import java.util.Optional;

/** Stores sign-in sessions by the hash of their cookie. */
public interface SignInSessionRepository {

    Optional<SignInSession> findByTokenHash(String tokenHash);

    SignInSession add(SignInSession session);

    void remove(SignInSession session);

    /** The sessions of {@code subject} that have not ended, newest first. */
    java.util.List<SignInSession> activeOf(String subject, Instant now);

    /** Deletes sessions that expired before {@code now}; returns how many. */
    int removeExpired(Instant now);
}
