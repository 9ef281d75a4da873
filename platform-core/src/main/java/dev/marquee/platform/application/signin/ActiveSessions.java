package dev.marquee.platform.application.signin;

import dev.marquee.platform.domain.model.signin.SignInSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Which of some sign-in sessions are still active, asked in a transaction of its own. The session sweep
 * asks from a scheduler thread, which has no request around it: there the container's entity manager
 * only works inside a transaction (outside one it answers "Session/EntityManager is closed").
 */
@ApplicationScoped
public class ActiveSessions {

    @Inject
    SignInSessionRepository sessions;

    @Transactional
    public Set<Long> among(Collection<Long> ids, Instant now) {
        return sessions.activeAmong(ids, now);
    }
}
