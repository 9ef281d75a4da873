package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.schedule.ScheduleFeed;
import dev.marquee.platform.domain.model.schedule.ScheduleFeedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScheduleFeedRepository implements ScheduleFeedRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<ScheduleFeed> find(long id) {
        return em.createQuery("select f from ScheduleFeed f join fetch f.event where f.id = :id", ScheduleFeed.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<ScheduleFeed> ofEvent(long eventId) {
        return em.createQuery("select f from ScheduleFeed f join fetch f.event e where e.id = :event", ScheduleFeed.class)
                .setParameter("event", eventId).getResultStream().findFirst();
    }

    @Override
    public List<ScheduleFeed> due(Instant now) {
        return em.createQuery("select f from ScheduleFeed f join fetch f.event where f.nextRunAt <= :now "
                + "order by f.nextRunAt", ScheduleFeed.class).setParameter("now", now).setMaxResults(100).getResultList();
    }

    @Override
    public ScheduleFeed add(ScheduleFeed feed) {
        em.persist(feed);
        return feed;
    }

    @Override
    public void remove(ScheduleFeed feed) {
        em.remove(em.contains(feed) ? feed : em.merge(feed));
    }
}
