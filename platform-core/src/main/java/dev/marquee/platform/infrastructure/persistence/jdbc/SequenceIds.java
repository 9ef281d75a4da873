package dev.marquee.platform.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Ids from a database sequence, in the blocks Hibernate's pooled optimizer uses for the entity on the
 * same sequence: each value {@code v} the sequence hands out owns the ids {@code v - 49 .. v} (the
 * sequences step by {@value #BLOCK}, the entities' {@code allocationSize}). Blocks left over stay for
 * the next caller. Several blocks are fetched in one query. Thread-safe.
 */
final class SequenceIds {

    /** The sequences' {@code INCREMENT BY} and the entities' {@code allocationSize}. */
    static final int BLOCK = 50;

    private final String sequence;
    private final Deque<long[]> blocks = new ArrayDeque<>();
    private long next = 1;
    private long last = 0;

    SequenceIds(String sequence) {
        this.sequence = sequence;
    }

    /** {@code count} unused ids, fetching as many blocks as they need in one query. */
    synchronized long[] take(Connection connection, int count) throws SQLException {
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            if (next > last) {
                if (blocks.isEmpty()) {
                    fetch(connection, (count - i + BLOCK - 1) / BLOCK);
                }
                long[] block = blocks.removeFirst();
                next = block[0];
                last = block[1];
            }
            ids[i] = next++;
        }
        return ids;
    }

    private void fetch(Connection connection, int count) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SqlDialect.of(connection).nextValues(sequence))) {
            query.setInt(1, count);
            try (ResultSet values = query.executeQuery()) {
                while (values.next()) {
                    blocks.addLast(block(values.getLong(1)));
                }
            }
        }
    }

    /**
     * The ids value {@code v} owns. The very first value, 1, owns only itself: Hibernate, getting it
     * first, fetches the next value as well and takes the ids up to it.
     */
    static long[] block(long value) {
        return new long[] {Math.max(1, value - BLOCK + 1), value};
    }
}
