package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.viewing.ViewingRecord;
import dev.marquee.platform.domain.model.viewing.ViewingRepository;
import dev.marquee.platform.domain.model.viewing.ViewingUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class JpaViewingRepository implements ViewingRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public void save(Collection<ViewingRecord> added, Collection<ViewingUpdate> changed) {
        added.forEach(em::persist);
        em.flush();
        for (ViewingUpdate u : changed) {
            em.createQuery("update ViewingRecord v set v.bytes = :bytes, v.lastSeenAt = :seen, v.endedAt = :ended "
                            + "where v.id = :id")
                    .setParameter("bytes", u.bytes()).setParameter("seen", u.lastSeenAt())
                    .setParameter("ended", u.endedAt()).setParameter("id", u.id()).executeUpdate();
        }
    }

    @Override
    public List<ViewingRecord> ofEvent(long eventId) {
        return em.createQuery("select v from ViewingRecord v where v.eventId = :event order by v.startedAt, v.id",
                ViewingRecord.class).setParameter("event", eventId).getResultList();
    }

    @Override
    public List<ViewingRecord> ofPerson(long eventId, String subject) {
        return em.createQuery("select v from ViewingRecord v where v.eventId = :event and v.subject = :subject "
                        + "order by v.startedAt, v.id", ViewingRecord.class)
                .setParameter("event", eventId).setParameter("subject", subject).getResultList();
    }
}
