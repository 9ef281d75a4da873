package dev.marquee.example;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** When each stage was last provisioned, in the plugin's own table {@code example_embed_provision}. */
@ApplicationScoped
public class ProvisionLog {

    @Resource(lookup = "java:app/jdbc/marquee")
    DataSource dataSource;

    void record(long stageId) {
        forget(stageId);
        update("insert into example_embed_provision (stage_id, provisioned_at) values (?, ?)", stageId,
                Timestamp.from(Instant.now()));
    }

    void forget(long stageId) {
        update("delete from example_embed_provision where stage_id = ?", stageId);
    }

    Optional<Instant> provisionedAt(long stageId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select provisioned_at from example_embed_provision where stage_id = ?")) {
            s.setLong(1, stageId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(rows.getTimestamp(1).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the provision log", e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the provision log", e);
        }
    }
}
