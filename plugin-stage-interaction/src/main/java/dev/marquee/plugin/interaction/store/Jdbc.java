package dev.marquee.plugin.interaction.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The application's data source, with one way to run work in a transaction of its own. Called outside
 * any JTA transaction (socket work on the managed executor, REST resources without one), so each call
 * commits by itself. Thread-safe.
 */
@ApplicationScoped
public class Jdbc {

    /** Marquee's data source (defined by core). */
    static final String DATA_SOURCE = "java:app/jdbc/marquee";

    /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
    static final String DUPLICATE = "23505";

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    public Jdbc() {
    }

    /** On a given data source (tests). */
    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Interaction storage failed: " + e.getMessage(), e);
        }
    }

    static boolean duplicate(SQLException e) {
        return DUPLICATE.equals(e.getSQLState());
    }

    /** Whether a duplicate key is behind {@code e}: itself, a batch's next exceptions or their causes. */
    static boolean duplicateInChain(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            for (Throwable t = next; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && duplicate(sql)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
