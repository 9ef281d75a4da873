package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.viewing.ViewingRecord;
import dev.marquee.platform.domain.model.viewing.ViewingRepository;
import dev.marquee.platform.domain.model.viewing.ViewingUpdate;
import dev.marquee.platform.infrastructure.persistence.jdbc.JdbcTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class JpaViewingRepository implements ViewingRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    /**
     * One batch of the ledger, as two JDBC batches on the transaction's connection: the rows are written
     * once and never read back in this transaction, so going through the persistence context (an entity
     * per row, dirty-checked at the flush, and a bulk-update statement per ended viewing) only cost CPU.
     */
    @Override
    public void save(Collection<ViewingRecord> added, Collection<ViewingUpdate> changed) {
        em.unwrap(Session.class).doWork(connection -> {
            insert(connection, added);
            update(connection, changed);
        });
    }

    private static void insert(Connection c, Collection<ViewingRecord> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO viewing (id, event_id, stage_id, "
                + "scheduled_session_id, subject, display_name, protocol, device, instance, started_at, last_seen_at, "
                + "ended_at, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ViewingRecord v : rows) {
                s.setString(1, v.id());
                s.setLong(2, v.eventId());
                s.setLong(3, v.stageId());
                s.setObject(4, v.scheduledSessionId(), Types.BIGINT);
                s.setString(5, v.subject());
                s.setString(6, v.displayName());
                s.setString(7, v.protocol());
                s.setString(8, v.device());
                s.setString(9, v.instance());
                JdbcTimes.set(s, 10, v.startedAt());
                JdbcTimes.set(s, 11, v.lastSeenAt());
                JdbcTimes.set(s, 12, v.endedAt());
                s.setLong(13, v.bytes());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void update(Connection c, Collection<ViewingUpdate> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE viewing SET bytes = ?, last_seen_at = ?, ended_at = ? WHERE id = ?")) {
            for (ViewingUpdate u : changes) {
                s.setLong(1, u.bytes());
                JdbcTimes.set(s, 2, u.lastSeenAt());
                JdbcTimes.set(s, 3, u.endedAt());
                s.setString(4, u.id());
                s.addBatch();
            }
            s.executeBatch();
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
