package dev.marquee.platform.spi.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * SQL on Marquee's database for a plugin's own tables (made by the plugin's migrations under
 * {@code db/marquee/<plugin-id>/}), without JDBC boilerplate: {@code @Inject PluginData data;}.
 *
 * <p>Statements run on Marquee's data source. Called inside a transaction (a media provider's
 * {@code provision}, which runs in the one that saves the stage), they join it and commit or roll back
 * with it; called outside one, each statement commits by itself. Parameters are bound in order;
 * {@link java.time.Instant} values are bound as timestamps. Thread-safe.
 *
 * <p>Keep to your own tables (prefix them with the plugin id): core's tables and their shape are not part
 * of the plugin API and change without notice. Write SQL that runs on H2 and on PostgreSQL.
 *
 * @since 0.1.0
 */
public interface PluginData {

    /** Runs an insert, update or delete; the number of rows it changed. */
    int update(String sql, Object... parameters);

    /** Every row the query answers, each mapped by {@code mapper}. */
    <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters);

    /** The first row the query answers, mapped; empty if none. */
    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters);

    /** Maps the current row of a result (do not move the cursor). */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
