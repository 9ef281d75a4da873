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
    public Optional<SignInSession> find(long id) {
        return Optional.ofNullable(em.find(SignInSession.class, id));
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
    public java.util.List<SignInSession> activeOf(String subject, Instant now) {
        return em.createQuery("select s from SignInSession s where s.subject = :subject and s.endedReason is null "
                        + "and s.expiresAt > :now order by s.createdAt desc, s.id desc", SignInSession.class)
                .setParameter("subject", subject).setParameter("now", now).getResultList();
    }

    @Override
    public java.util.List<Long> activeIdsOf(String subject, Instant now) {
        return em.createQuery("select s.id from SignInSession s where s.subject = :subject and s.endedReason is null "
                        + "and s.expiresAt > :now order by s.createdAt desc, s.id desc", Long.class)
                .setParameter("subject", subject).setParameter("now", now).getResultList();
    }

    @Override
    public int end(java.util.Collection<Long> ids, String reason, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("update SignInSession s set s.endedReason = :reason, s.expiresAt = :now "
                        + "where s.id in :ids and s.endedReason is null")
                .setParameter("reason", reason).setParameter("now", now).setParameter("ids", ids).executeUpdate();
    }

    @Override
    public java.util.Set<Long> activeAmong(java.util.Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("select s.id from SignInSession s where s.id in :ids "
                        + "and s.endedReason is null and s.expiresAt > :now", Long.class)
                .setParameter("ids", ids).setParameter("now", now).getResultList());
    }

    @Override
    public int removeExpired(Instant now) {
        return em.createQuery("delete from SignInSession s where s.expiresAt <= :now")
                .setParameter("now", now).executeUpdate();
    }
}
