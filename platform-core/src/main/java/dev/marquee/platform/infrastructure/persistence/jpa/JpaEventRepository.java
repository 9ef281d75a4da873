package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.domain.model.event.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEventRepository implements EventRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<Event> find(long id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    @Override
    public Optional<Event> findBySlug(String slug) {
        return em.createQuery("select e from Event e where e.slug = :slug", Event.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public List<Event> all() {
        return em.createQuery("select e from Event e order by e.createdAt desc, e.id desc", Event.class).getResultList();
    }

    @Override
    public List<Event> withAccess(List<EventAccess> modes) {
        return em.createQuery("select e from Event e where e.access in :modes order by e.createdAt desc, e.id desc",
                Event.class).setParameter("modes", modes).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
    }

    @Override
    public Event add(Event event) {
        em.persist(event);
        return event;
    }

    @Override
    public void remove(Event event) {
        em.remove(em.contains(event) ? event : em.merge(event));
    }
}
