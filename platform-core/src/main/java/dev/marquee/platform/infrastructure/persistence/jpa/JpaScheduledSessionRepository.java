package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScheduledSessionRepository implements ScheduledSessionRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<ScheduledSession> find(long id) {
        return em.createQuery("select s from ScheduledSession s join fetch s.stage st join fetch st.event where s.id = :id",
                ScheduledSession.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<ScheduledSession> ofStage(long stageId) {
        return em.createQuery("select s from ScheduledSession s join fetch s.stage st join fetch st.event "
                        + "where st.id = :stage order by s.startsAt, s.id",
                ScheduledSession.class).setParameter("stage", stageId).getResultList();
    }

    @Override
    public List<ScheduledSession> ofEvent(long eventId) {
        return em.createQuery("select s from ScheduledSession s join fetch s.stage st join fetch st.event e where e.id = :event "
                + "order by s.startsAt, s.id", ScheduledSession.class).setParameter("event", eventId).getResultList();
    }

    @Override
    public List<ScheduledSession> endingBetween(java.time.Instant from, java.time.Instant to, int limit) {
        return em.createQuery("select s from ScheduledSession s join fetch s.stage st join fetch st.event "
                        + "where s.endsAt >= :from and s.endsAt < :to order by s.endsAt, s.id", ScheduledSession.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ScheduledSession> startingBetween(java.time.Instant from, java.time.Instant to, int limit) {
        return em.createQuery("select s from ScheduledSession s join fetch s.stage st join fetch st.event "
                        + "where s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id", ScheduledSession.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }

    @Override
    public ScheduledSession add(ScheduledSession session) {
        em.persist(session);
        return session;
    }

    @Override
    public void lockForImport(long eventId) {
        em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void remove(ScheduledSession session) {
        em.remove(em.contains(session) ? session : em.merge(session));
    }
}
