package dev.marquee.platform.infrastructure.persistence.jdbc;

import dev.marquee.platform.domain.model.attendee.NewAdmissions;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewAccessCode;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewAttendee;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewMail;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewTicket;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import jakarta.persistence.PersistenceException;
import org.hibernate.jdbc.ReturningWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batch writer on H2 with core's migrations applied (the system tests run it on PostgreSQL too). */
class JdbcAdmissionInsertsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");

    private final JdbcAdmissionInserts inserts = new JdbcAdmissionInserts() {
        /** What the server does: the work on the transaction's one connection. */
        @Override
        <T> T onConnection(ReturningWork<T> work, String failure) {
            try {
                return work.execute(transaction);
            } catch (SQLException e) {
                throw new PersistenceException(failure, e);
            }
        }
    };
    private Connection transaction;

    @BeforeEach
    void migrate() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/marquee/core").load().migrate();
        transaction = database.getConnection();
        transaction.setAutoCommit(false);
        update("INSERT INTO event (id, slug, title, timezone, access, created_at, updated_at, version)"
                + " VALUES (7, 'e', 'E', 'UTC', 'TICKETED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
    }

    @Test
    void insertsAttendeesTicketsCodesAndMailsAsTheEntitiesWouldStoreThem() throws SQLException {
        NewAdmissions admissions = new NewAdmissions(7, NOW, inserts.attendeeIds(2));
        NewAttendee ada = admissions.admit(" Ada@Example.org ", "Ada", "Lovelace", false);
        NewAttendee bob = admissions.admit("bob@example.org", null, null, true);
        admissions.add(new NewTicket(ada.id(), "weemss", "T-1", "O-1", "Full", "paid", false, NOW.minusSeconds(60), "h1"));
        admissions.add(new NewTicket(bob.id(), "weemss", "T-2", null, null, "refunded", true, null, "h2"));
        admissions.add(new NewAccessCode(ada.id(), "a".repeat(64), NOW.plusSeconds(3600)));
        admissions.add(new NewMail(ada.id(), ada.email(), "Your code", "text", "<p>html</p>"));
        inserts.insert(admissions);

        assertThat(rows("SELECT email, display_name, status, version FROM attendee ORDER BY id"))
                .containsExactly("ada@example.org|Ada Lovelace|ACTIVE|0", "bob@example.org|bob|REVOKED|0");
        assertThat(rows("SELECT external_id, cancelled, purchased_at IS NULL, row_hash FROM ticket ORDER BY id"))
                .containsExactly("T-1|FALSE|FALSE|h1", "T-2|TRUE|TRUE|h2");
        assertThat(rows("SELECT status FROM access_code")).containsExactly("ACTIVE");
        assertThat(rows("SELECT recipient, status, attempts, event_id FROM mail_outbox"))
                .containsExactly("ada@example.org|PENDING|0|7");
        try (Statement s = transaction.createStatement();
             ResultSet r = s.executeQuery("SELECT created_at FROM ticket WHERE external_id = 'T-1'")) {
            r.next();
            assertThat(r.getObject(1, OffsetDateTime.class).toInstant()).isEqualTo(NOW);
        }
    }

    @Test
    void idsComeFromTheEntitiesSequencesAndAreNeverHandedOutTwice() throws SQLException {
        long[] first = inserts.attendeeIds(30);
        long[] second = inserts.attendeeIds(30);
        assertThat(first[0]).isEqualTo(1);
        assertThat(second).doesNotContain(first);
        // what Hibernate gets next starts a block none of these ids is in
        long hibernates = rows("SELECT NEXT VALUE FOR attendee_seq").stream().mapToLong(Long::parseLong).findFirst()
                .orElseThrow();
        assertThat(second[29]).isLessThan(hibernates - 49);
    }

    @AfterEach
    void rollBack() throws SQLException {
        transaction.rollback();
        transaction.close();
    }

    private void update(String sql) throws SQLException {
        try (Statement s = transaction.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = transaction.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
