package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStageRepository implements StageRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<Stage> find(long id) {
        return em.createQuery("select s from Stage s join fetch s.event where s.id = :id", Stage.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Stage> ofEvent(long eventId) {
        return em.createQuery("select s from Stage s join fetch s.event e where e.id = :event order by s.order, s.id",
                Stage.class).setParameter("event", eventId).getResultList();
    }

    @Override
    public Optional<Stage> findBySlug(long eventId, String slug) {
        return em.createQuery("select s from Stage s join fetch s.event e where e.id = :event and s.slug = :slug",
                Stage.class).setParameter("event", eventId).setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public Stage add(Stage stage) {
        em.persist(stage);
        return stage;
    }

    @Override
    public void remove(Stage stage) {
        em.createQuery("delete from ScheduledSession s where s.stage.id = :stage")
                .setParameter("stage", stage.id()).executeUpdate();
        em.remove(em.contains(stage) ? stage : em.merge(stage));
    }
}
