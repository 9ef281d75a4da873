package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.attendee.AccessCode;
import dev.marquee.platform.domain.model.attendee.AccessCodeRepository;
import dev.marquee.platform.domain.model.attendee.AccessCodeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccessCodeRepository implements AccessCodeRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<AccessCode> findByHash(String codeHash) {
        return em.createQuery("select c from AccessCode c join fetch c.attendee a join fetch a.event "
                + "where c.codeHash = :hash", AccessCode.class).setParameter("hash", codeHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<AccessCode> activeOf(long attendeeId) {
        return em.createQuery("select c from AccessCode c where c.attendee.id = :attendee and c.status = :status",
                AccessCode.class).setParameter("attendee", attendeeId).setParameter("status", AccessCodeStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public AccessCode add(AccessCode code) {
        em.persist(code);
        return code;
    }
}
