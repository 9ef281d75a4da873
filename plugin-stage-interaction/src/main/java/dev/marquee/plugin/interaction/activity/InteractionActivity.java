package dev.marquee.plugin.interaction.activity;

import dev.marquee.platform.spi.audience.AudienceActivity;
import dev.marquee.plugin.interaction.store.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts a stage's Q&A questions and poll votes for attendance ({@code questions}, {@code pollVotes}).
 * Reactions are not stored (only their live bursts are sent), so they are not counted.
 */
@ApplicationScoped
public class InteractionActivity implements AudienceActivity {

    @Inject
    Jdbc jdbc;

    @Override
    public Map<String, Long> activity(long stageId, Instant from, Instant to) {
        return jdbc.inTransaction(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("questions", count(c, "SELECT COUNT(*) FROM qa_question WHERE stage_id = ? "
                    + "AND created_at >= ? AND created_at < ?", stageId, from, to));
            counts.put("pollVotes", count(c, "SELECT COUNT(*) FROM poll_ballot b JOIN poll p ON p.id = b.poll_id "
                    + "WHERE p.stage_id = ? AND b.voted_at >= ? AND b.voted_at < ?", stageId, from, to));
            return counts;
        });
    }

    private static long count(Connection c, String sql, long stageId, Instant from, Instant to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, stageId);
            s.setTimestamp(2, Timestamp.from(from));
            s.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
