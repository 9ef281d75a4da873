package dev.marquee.platform.infrastructure.persistence.jdbc;

import dev.marquee.platform.infrastructure.persistence.migration.SchemaMigrations;
import dev.marquee.platform.spi.persistence.PluginData;
import dev.marquee.platform.spi.persistence.PluginDataException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link PluginData} on the application's JTA data source: a connection taken inside a transaction is
 * enlisted in it, so a plugin's statements commit or roll back with the caller's work.
 */
@ApplicationScoped
public class DataSourcePluginData implements PluginData {

    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    DataSource dataSource;

    public DataSourcePluginData() {
    }

    DataSourcePluginData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> mapped = new ArrayList<>();
            while (rows.next()) {
                mapped.add(mapper.map(rows));
            }
            return mapped;
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    @Override
    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(mapper.map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i] instanceof Instant instant ? Timestamp.from(instant) : parameters[i];
                statement.setObject(i + 1, value);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static PluginDataException failed(String sql, SQLException e) {
        return new PluginDataException("A plugin's statement failed (" + sql + "): " + e.getMessage(), e);
    }
}
