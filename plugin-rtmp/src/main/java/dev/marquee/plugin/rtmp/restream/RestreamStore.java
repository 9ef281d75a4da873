package dev.marquee.plugin.rtmp.restream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Restream targets in the database. Joins the caller's transaction if any. */
@ApplicationScoped
@Transactional
public class RestreamStore {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    public List<RestreamRecord> ofStage(long stageId) {
        return em.createQuery("select r from RestreamRecord r where r.stageId = :stage order by r.id", RestreamRecord.class)
                .setParameter("stage", stageId).getResultList();
    }

    public long countOfStage(long stageId) {
        return em.createQuery("select count(r) from RestreamRecord r where r.stageId = :stage", Long.class)
                .setParameter("stage", stageId).getSingleResult();
    }

    public Optional<RestreamRecord> find(long id) {
        return Optional.ofNullable(em.find(RestreamRecord.class, id));
    }

    public RestreamRecord add(RestreamRecord record) {
        em.persist(record);
        em.flush();
        return record;
    }

    public RestreamRecord save(RestreamRecord record) {
        return em.merge(record);
    }

    public void delete(long id) {
        RestreamRecord record = em.find(RestreamRecord.class, id);
        if (record != null) {
            em.remove(record);
        }
    }

    public void deleteOfStage(long stageId) {
        em.createQuery("delete from RestreamRecord r where r.stageId = :stage").setParameter("stage", stageId).executeUpdate();
    }
}
