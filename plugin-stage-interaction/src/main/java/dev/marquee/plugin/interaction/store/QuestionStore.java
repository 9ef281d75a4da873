package dev.marquee.plugin.interaction.store;

import dev.marquee.plugin.interaction.domain.Question;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Questions and their votes. A vote is a row per (question, person); the question's {@code votes} column
 * is raised in the same transaction, so the count is exactly the number of people who voted, on any
 * number of instances. Blocking; thread-safe.
 */
@ApplicationScoped
public class QuestionStore {

    private static final String COLUMNS = "id, stage_id, author_subject, author_name, anonymous, body, votes, "
            + "answered, pinned, hidden, approved, created_at";

    @Inject
    Jdbc jdbc;

    public QuestionStore() {
    }

    public QuestionStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new question with its author's own vote. */
    public Question ask(long stageId, String subject, String name, boolean anonymous, String text, boolean approved,
                        Instant at) {
        return jdbc.inTransaction(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO qa_question (stage_id, author_subject, "
                    + "author_name, anonymous, body, votes, answered, pinned, hidden, approved, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, 1, FALSE, FALSE, FALSE, ?, ?)", new String[]{"id"})) {
                s.setLong(1, stageId);
                s.setString(2, subject);
                s.setString(3, name);
                s.setBoolean(4, anonymous);
                s.setString(5, text);
                s.setBoolean(6, approved);
                s.setTimestamp(7, Jdbc.ts(at));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO qa_vote (question_id, subject) VALUES (?, ?)")) {
                s.setLong(1, id);
                s.setString(2, subject);
                s.executeUpdate();
            }
            return find(c, id).orElseThrow();
        });
    }

    /**
     * Counts {@code subject}'s vote on the question: the question as it is now, or empty when this person
     * had voted already (the database refused the second row) or the question is gone.
     */
    public Optional<Question> vote(long questionId, String subject) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO qa_vote (question_id, subject) VALUES (?, ?)")) {
                s.setLong(1, questionId);
                s.setString(2, subject);
                s.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.duplicate(e) || "23506".equals(e.getSQLState()) || "23503".equals(e.getSQLState())) {
                    c.rollback();
                    return Optional.empty();
                }
                throw e;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE qa_question SET votes = votes + 1 WHERE id = ?")) {
                s.setLong(1, questionId);
                s.executeUpdate();
            }
            return find(c, questionId);
        });
    }

    public Optional<Question> find(long questionId) {
        return jdbc.inTransaction(c -> find(c, questionId));
    }

    /** Every question of the stage (the caller filters and orders). */
    public List<Question> ofStage(long stageId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM qa_question WHERE stage_id = ? ORDER BY id")) {
                s.setLong(1, stageId);
                return list(s);
            }
        });
    }

    /** Sets one flag ({@code answered}, {@code hidden} or {@code approved}) to true; the question after. */
    public Optional<Question> mark(long questionId, Flag flag) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE qa_question SET " + flag.column
                    + " = TRUE" + (flag == Flag.HIDDEN ? ", pinned = FALSE" : "") + " WHERE id = ?")) {
                s.setLong(1, questionId);
                s.executeUpdate();
            }
            return find(c, questionId);
        });
    }

    /**
     * Pins the question (or, with {@code questionId} null, nothing) and unpins any other of the stage; answers
     * every question whose pin changed.
     */
    public List<Question> pin(long stageId, Long questionId) {
        return jdbc.inTransaction(c -> {
            List<Question> before;
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM qa_question WHERE stage_id = ? AND pinned = TRUE")) {
                s.setLong(1, stageId);
                before = list(s);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE qa_question SET pinned = (id = ?) WHERE stage_id = ? AND (pinned = TRUE OR id = ?)")) {
                s.setLong(1, questionId == null ? -1 : questionId);
                s.setLong(2, stageId);
                s.setLong(3, questionId == null ? -1 : questionId);
                s.executeUpdate();
            }
            List<Question> changed = new ArrayList<>();
            for (Question q : before) {
                if (questionId == null || q.id() != questionId) {
                    find(c, q.id()).ifPresent(changed::add);
                }
            }
            if (questionId != null && before.stream().noneMatch(q -> q.id() == questionId)) {
                find(c, questionId).ifPresent(changed::add);
            }
            return changed;
        });
    }

    /** The question flags a leader may set. */
    public enum Flag {
        ANSWERED("answered"), HIDDEN("hidden"), APPROVED("approved");

        private final String column;

        Flag(String column) {
            this.column = column;
        }
    }

    private static Optional<Question> find(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM qa_question WHERE id = ?")) {
            s.setLong(1, id);
            return list(s).stream().findFirst();
        }
    }

    private static List<Question> list(PreparedStatement s) throws SQLException {
        List<Question> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Question(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getBoolean(5),
                        r.getString(6), r.getInt(7), r.getBoolean(8), r.getBoolean(9), r.getBoolean(10),
                        r.getBoolean(11), r.getTimestamp(12).toInstant()));
            }
        }
        return out;
    }
}
