package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.ticketing.EventTicketSource;
import dev.marquee.platform.domain.model.ticketing.TicketSourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTicketSourceRepository implements TicketSourceRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<EventTicketSource> find(long id) {
        return em.createQuery("select s from EventTicketSource s join fetch s.event where s.id = :id",
                EventTicketSource.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<EventTicketSource> ofEvent(long eventId) {
        return em.createQuery("select s from EventTicketSource s join fetch s.event e where e.id = :event order by s.id",
                EventTicketSource.class).setParameter("event", eventId).getResultList();
    }

    @Override
    public List<EventTicketSource> due(Instant now) {
        return em.createQuery("select s from EventTicketSource s join fetch s.event where s.nextRunAt <= :now "
                + "order by s.nextRunAt", EventTicketSource.class).setParameter("now", now).getResultList();
    }

    @Override
    public EventTicketSource add(EventTicketSource source) {
        em.persist(source);
        return source;
    }

    @Override
    public void remove(EventTicketSource source) {
        em.remove(em.contains(source) ? source : em.merge(source));
    }
}
