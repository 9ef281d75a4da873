package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.signin.SignInSession;
import dev.marquee.platform.domain.model.signin.SignInSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaSignInSessionRepository implements SignInSessionRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<SignInSession> findByTokenHash(String tokenHash) {
        return em.createQuery("select s from SignInSession s where s.tokenHash = :hash", SignInSession.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public SignInSession add(SignInSession session) {
        em.persist(session);
        return session;
    }

    @Override
    public void remove(SignInSession session) {
        em.remove(em.contains(session) ? session : em.merge(session));
    }

    @Override
    public int removeAllOf(String subject) {
        return em.createQuery("delete from SignInSession s where s.subject = :subject")
                .setParameter("subject", subject).executeUpdate();
    }

    @Override
    public int removeExpired(Instant now) {
        return em.createQuery("delete from SignInSession s where s.expiresAt <= :now")
                .setParameter("now", now).executeUpdate();
    }
}
