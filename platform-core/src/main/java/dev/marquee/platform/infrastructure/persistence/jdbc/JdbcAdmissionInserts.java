package dev.marquee.platform.infrastructure.persistence.jdbc;

import dev.marquee.platform.domain.model.attendee.AdmissionInserts;
import dev.marquee.platform.domain.model.attendee.NewAdmissions;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewAccessCode;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewAttendee;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewMail;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewTicket;
import dev.marquee.platform.domain.model.attendee.AccessCodeStatus;
import dev.marquee.platform.domain.model.mail.OutboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.HibernateException;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * {@link AdmissionInserts} as JDBC batches, one per table, on the JTA data source: inside the caller's
 * transaction the server hands out the connection JPA uses, so these rows commit or roll back with
 * everything else the chunk does. Writes the columns as the entities would (version 0, statuses by name,
 * times in UTC).
 */
@ApplicationScoped
public class JdbcAdmissionInserts implements AdmissionInserts {

    private static final String ATTENDEE = "INSERT INTO attendee (id, event_id, email, first_name, last_name,"
            + " display_name, status, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String TICKET = "INSERT INTO ticket (id, event_id, attendee_id, source_type, external_id,"
            + " order_id, ticket_type, status, cancelled, purchased_at, row_hash, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String ACCESS_CODE = "INSERT INTO access_code (id, attendee_id, code_hash, status, created_at,"
            + " expires_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String MAIL = "INSERT INTO mail_outbox (id, event_id, attendee_id, recipient, subject,"
            + " text_body, html_body, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";

    @PersistenceContext(unitName = "marquee")
    EntityManager em;

    private final SequenceIds attendeeIds = new SequenceIds("attendee_seq");
    private final SequenceIds ticketIds = new SequenceIds("ticket_seq");
    private final SequenceIds codeIds = new SequenceIds("access_code_seq");
    private final SequenceIds mailIds = new SequenceIds("mail_outbox_seq");

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] attendeeIds(int count) {
        if (count == 0) {
            return new long[0];
        }
        return onConnection(connection -> attendeeIds.take(connection, count), "Could not reserve attendee ids");
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(NewAdmissions admissions) {
        if (admissions.isEmpty()) {
            return;
        }
        onConnection(connection -> {
            insertAttendees(connection, admissions);
            insertTickets(connection, admissions);
            insertCodes(connection, admissions);
            insertMails(connection, admissions);
            return null;
        }, "Could not insert the imported attendees");
    }

    /**
     * Runs {@code work} on the transaction's own connection, the one the persistence context writes with,
     * so these rows and the chunk's JPA changes commit or roll back together. (A connection taken from the
     * data source before the persistence context used one may not be enlisted in the transaction yet.)
     */
    <T> T onConnection(ReturningWork<T> work, String failure) {
        try {
            return em.unwrap(Session.class).doReturningWork(work);
        } catch (HibernateException e) {
            throw new PersistenceException(failure, e);
        }
    }

    private void insertAttendees(Connection connection, NewAdmissions admissions) throws SQLException {
        if (admissions.attendees().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(ATTENDEE)) {
            for (NewAttendee a : admissions.attendees()) {
                insert.setLong(1, a.id());
                insert.setLong(2, a.eventId());
                insert.setString(3, a.email());
                insert.setString(4, a.firstName());
                insert.setString(5, a.lastName());
                insert.setString(6, a.displayName());
                insert.setString(7, a.status().name());
                JdbcTimes.set(insert, 8, a.createdAt());
                JdbcTimes.set(insert, 9, a.createdAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertTickets(Connection connection, NewAdmissions admissions) throws SQLException {
        if (admissions.tickets().isEmpty()) {
            return;
        }
        long[] ids = ticketIds.take(connection, admissions.tickets().size());
        int i = 0;
        try (PreparedStatement insert = connection.prepareStatement(TICKET)) {
            for (NewTicket t : admissions.tickets()) {
                insert.setLong(1, ids[i++]);
                insert.setLong(2, admissions.eventId());
                insert.setLong(3, t.attendeeId());
                insert.setString(4, t.sourceType());
                insert.setString(5, t.externalId());
                insert.setString(6, t.orderId());
                insert.setString(7, t.ticketType());
                insert.setString(8, t.status());
                insert.setBoolean(9, t.cancelled());
                JdbcTimes.set(insert, 10, t.purchasedAt());
                insert.setString(11, t.rowHash());
                JdbcTimes.set(insert, 12, admissions.now());
                JdbcTimes.set(insert, 13, admissions.now());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertCodes(Connection connection, NewAdmissions admissions) throws SQLException {
        if (admissions.codes().isEmpty()) {
            return;
        }
        long[] ids = codeIds.take(connection, admissions.codes().size());
        int i = 0;
        try (PreparedStatement insert = connection.prepareStatement(ACCESS_CODE)) {
            for (NewAccessCode c : admissions.codes()) {
                insert.setLong(1, ids[i++]);
                insert.setLong(2, c.attendeeId());
                insert.setString(3, c.codeHash());
                insert.setString(4, AccessCodeStatus.ACTIVE.name());
                JdbcTimes.set(insert, 5, admissions.now());
                JdbcTimes.set(insert, 6, c.expiresAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertMails(Connection connection, NewAdmissions admissions) throws SQLException {
        if (admissions.mails().isEmpty()) {
            return;
        }
        long[] ids = mailIds.take(connection, admissions.mails().size());
        int i = 0;
        try (PreparedStatement insert = connection.prepareStatement(MAIL)) {
            for (NewMail m : admissions.mails()) {
                insert.setLong(1, ids[i++]);
                insert.setLong(2, admissions.eventId());
                insert.setLong(3, m.attendeeId());
                insert.setString(4, m.recipient());
                insert.setString(5, m.subject());
                insert.setString(6, m.textBody());
                insert.setString(7, m.htmlBody());
                insert.setString(8, OutboxStatus.PENDING.name());
                JdbcTimes.set(insert, 9, admissions.now());
                JdbcTimes.set(insert, 10, admissions.now());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
