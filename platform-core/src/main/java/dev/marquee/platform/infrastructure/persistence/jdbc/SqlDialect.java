package dev.marquee.platform.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** The little SQL that differs between the two databases Marquee runs on. */
enum SqlDialect {

    H2 {
        @Override
        String nextValues(String sequence) {
            return "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
        }
    },
    POSTGRESQL {
        @Override
        String nextValues(String sequence) {
            return "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)";
        }
    };

    /** A query answering {@code ?} next values of the sequence, one per row. */
    abstract String nextValues(String sequence);

    static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (product.startsWith("H2")) {
            return H2;
        }
        if (product.startsWith("PostgreSQL")) {
            return POSTGRESQL;
        }
        throw new SQLException("Marquee runs on H2 or PostgreSQL, not " + product);
    }
}
