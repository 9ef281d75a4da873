package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAttendeeRepository implements AttendeeRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<Attendee> find(long id) {
        return Optional.ofNullable(em.find(Attendee.class, id));
    }

    @Override
    public Map<String, Long> idsByEmail(long eventId) {
        Map<String, Long> out = new HashMap<>();
        em.createQuery("select a.email, a.id from Attendee a where a.event.id = :event", Object[].class)
                .setParameter("event", eventId).getResultStream()
                .forEach(row -> out.put((String) row[0], (Long) row[1]));
        return out;
    }

    @Override
    public List<Attendee> ofEvent(long eventId) {
        return em.createQuery("select a from Attendee a where a.event.id = :event order by a.displayName, a.id",
                Attendee.class).setParameter("event", eventId).getResultList();
    }

    @Override
    public Map<Long, Long> ticketCounts(long eventId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select t.attendee.id, count(t) from Ticket t where t.event.id = :event group by t.attendee.id",
                        Object[].class).setParameter("event", eventId).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public List<Attendee> withEmail(String email) {
        return em.createQuery("select a from Attendee a join fetch a.event where a.email = :email order by a.id",
                Attendee.class).setParameter("email", email).getResultList();
    }

    @Override
    public Attendee add(Attendee attendee) {
        em.persist(attendee);
        return attendee;
    }
}
