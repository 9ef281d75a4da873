package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.ticketing.ImportRun;
import dev.marquee.platform.domain.model.ticketing.ImportRunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaImportRunRepository implements ImportRunRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<ImportRun> find(long id) {
        return Optional.ofNullable(em.find(ImportRun.class, id));
    }

    @Override
    public List<ImportRun> latest(long eventId, int max) {
        return em.createQuery("select r from ImportRun r where r.eventId = :event order by r.startedAt desc, r.id desc",
                ImportRun.class).setParameter("event", eventId).setMaxResults(max).getResultList();
    }

    @Override
    public List<ImportRun> running(long eventId) {
        return em.createQuery("select r from ImportRun r where r.eventId = :event and r.status = :running",
                ImportRun.class).setParameter("event", eventId)
                .setParameter("running", dev.marquee.platform.domain.model.ticketing.ImportStatus.RUNNING)
                .getResultList();
    }

    @Override
    public ImportRun add(ImportRun run) {
        em.persist(run);
        return run;
    }

    /**
     * An UPDATE that succeeds only on a free (expired) lock, or an INSERT of the event's first lock row.
     * Call in a transaction of its own: a race on the first INSERT fails with a key violation.
     */
    @Override
    public boolean tryLock(long eventId, String holder, Instant until, Instant now) {
        int taken = em.createNativeQuery("UPDATE event_import_lock SET holder = ?1, locked_until = ?2 "
                        + "WHERE event_id = ?3 AND (locked_until < ?4 OR holder = ?1)")
                .setParameter(1, holder).setParameter(2, until).setParameter(3, eventId).setParameter(4, now)
                .executeUpdate();
        if (taken == 1) {
            return true;
        }
        return em.createNativeQuery("INSERT INTO event_import_lock (event_id, holder, locked_until) "
                        + "SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM event_import_lock WHERE event_id = ?1)")
                .setParameter(1, eventId).setParameter(2, holder).setParameter(3, until)
                .executeUpdate() == 1;
    }

    @Override
    public void unlock(long eventId, String holder) {
        em.createNativeQuery("DELETE FROM event_import_lock WHERE event_id = ?1 AND holder = ?2")
                .setParameter(1, eventId).setParameter(2, holder).executeUpdate();
    }
}
