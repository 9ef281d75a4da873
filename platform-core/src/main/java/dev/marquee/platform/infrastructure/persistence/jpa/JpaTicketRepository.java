package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.attendee.Ticket;
import dev.marquee.platform.domain.model.attendee.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Map<String, Ticket> findAll(long eventId, String sourceType, java.util.Collection<String> externalIds) {
        Map<String, Ticket> out = new HashMap<>();
        if (externalIds.isEmpty()) {
            return out;
        }
        em.createQuery("select t from Ticket t join fetch t.attendee where t.event.id = :event "
                        + "and t.sourceType = :type and t.externalId in :ids", Ticket.class)
                .setParameter("event", eventId).setParameter("type", sourceType).setParameter("ids", externalIds)
                .getResultStream().forEach(t -> out.put(t.externalId(), t));
        return out;
    }

    @Override
    public Map<String, String> fingerprints(long eventId, String sourceType) {
        Map<String, String> out = new HashMap<>();
        em.createQuery("select t.externalId, t.rowHash from Ticket t where t.event.id = :event and t.sourceType = :type",
                        Object[].class).setParameter("event", eventId).setParameter("type", sourceType)
                .getResultStream().forEach(row -> out.put((String) row[0], row[1] == null ? "" : (String) row[1]));
        return out;
    }

    @Override
    public boolean holdsValidTicket(long attendeeId) {
        return em.createQuery("select count(t) from Ticket t where t.attendee.id = :attendee and t.cancelled = false",
                Long.class).setParameter("attendee", attendeeId).getSingleResult() > 0;
    }

    @Override
    public Ticket add(Ticket ticket) {
        em.persist(ticket);
        return ticket;
    }
}
