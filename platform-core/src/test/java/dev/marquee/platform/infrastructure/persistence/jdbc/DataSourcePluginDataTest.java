package dev.marquee.platform.infrastructure.persistence.jdbc;

import dev.marquee.platform.spi.persistence.PluginDataException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataSourcePluginDataTest {

    private DataSourcePluginData data;

    @BeforeEach
    void database() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        data = new DataSourcePluginData(database);
        data.update("create table example_notes (stage_id bigint primary key, note varchar(100), at timestamp)");
    }

    @Test
    void rowsGoInAndComeBackMappedWithInstantsAsTimestamps() {
        Instant at = Instant.parse("2026-12-06T10:15:30Z");
        assertThat(data.update("insert into example_notes values (?, ?, ?)", 1L, "first", at)).isEqualTo(1);
        data.update("insert into example_notes values (?, ?, ?)", 2L, "second", at);

        assertThat(data.query("select note from example_notes order by stage_id", row -> row.getString(1)))
                .containsExactly("first", "second");
        assertThat(data.queryOne("select at from example_notes where stage_id = ?", row -> row.getTimestamp(1).toInstant(), 1L))
                .contains(at);
        assertThat(data.queryOne("select note from example_notes where stage_id = ?", row -> row.getString(1), 3L)).isEmpty();
        assertThat(data.update("delete from example_notes where stage_id = ?", 2L)).isEqualTo(1);
    }

    @Test
    void aFailedStatementNamesTheStatementButNotTheValues() {
        assertThatThrownBy(() -> data.update("insert into no_such_table values (?)", "secret-value-123"))
                .isInstanceOf(PluginDataException.class)
                .hasMessageContaining("insert into no_such_table")
                .hasMessageNotContaining("secret-value-123");
    }
}
