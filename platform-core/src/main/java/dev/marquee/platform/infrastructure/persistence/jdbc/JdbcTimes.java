package dev.marquee.platform.infrastructure.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;

/** Instants as JDBC parameters of {@code TIMESTAMP WITH TIME ZONE} columns, in UTC, on H2 and PostgreSQL alike. */
public final class JdbcTimes {

    private JdbcTimes() {
    }

    /** Sets parameter {@code index} to {@code at}, or to SQL NULL when {@code at} is null. */
    public static void set(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, at.atOffset(ZoneOffset.UTC));
        }
    }
}
