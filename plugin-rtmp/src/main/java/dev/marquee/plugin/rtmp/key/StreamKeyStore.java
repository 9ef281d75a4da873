package dev.marquee.plugin.rtmp.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Stream keys and the generated secret in the database. Joins the caller's transaction if any. */
@ApplicationScoped
@Transactional
public class StreamKeyStore {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    public Optional<StreamKeyRecord> forStage(long stageId) {
        return Optional.ofNullable(em.find(StreamKeyRecord.class, stageId));
    }

    public Optional<StreamKeyRecord> byHash(String keyHash) {
        return em.createQuery("select k from StreamKeyRecord k where k.keyHash = :hash", StreamKeyRecord.class)
                .setParameter("hash", keyHash).getResultStream().findFirst();
    }

    public void save(StreamKeyRecord record) {
        if (em.find(StreamKeyRecord.class, record.stageId()) == null) {
            em.persist(record);
        } else {
            em.merge(record);
        }
    }

    public void delete(long stageId) {
        StreamKeyRecord record = em.find(StreamKeyRecord.class, stageId);
        if (record != null) {
            em.remove(record);
        }
    }

    public Optional<String> generatedSecret() {
        return Optional.ofNullable(em.find(ServerSecretRecord.class, ServerSecretRecord.ONLY))
                .map(ServerSecretRecord::secret);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saveGeneratedSecret(String secret) {
        em.persist(new ServerSecretRecord(secret));
    }
}
