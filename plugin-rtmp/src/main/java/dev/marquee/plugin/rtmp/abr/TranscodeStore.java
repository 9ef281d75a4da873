package dev.marquee.plugin.rtmp.abr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Stages' transcoding ladders in the database. Joins the caller's transaction if any. */
@ApplicationScoped
@Transactional
public class TranscodeStore {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    public Optional<TranscodeRecord> find(long stageId) {
        return Optional.ofNullable(em.find(TranscodeRecord.class, stageId));
    }

    public TranscodeRecord save(TranscodeRecord record) {
        if (em.find(TranscodeRecord.class, record.stageId()) == null) {
            em.persist(record);
            return record;
        }
        return em.merge(record);
    }

    public void delete(long stageId) {
        TranscodeRecord record = em.find(TranscodeRecord.class, stageId);
        if (record != null) {
            em.remove(record);
        }
    }
}
