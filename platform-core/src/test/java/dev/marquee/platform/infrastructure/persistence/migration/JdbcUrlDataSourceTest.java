package dev.marquee.platform.infrastructure.persistence.migration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcUrlDataSourceTest {

    @Test
    void turnsOffH2sTraceFileUnlessTheUrlSetsIt() {
        assertThat(JdbcUrlDataSource.withoutTraceFile("jdbc:h2:./data/marquee;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:./data/marquee;WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
        assertThat(JdbcUrlDataSource.withoutTraceFile("jdbc:h2:mem:x;trace_level_file=2"))
                .isEqualTo("jdbc:h2:mem:x;trace_level_file=2");
        assertThat(JdbcUrlDataSource.withoutTraceFile("jdbc:postgresql://127.0.0.1/test"))
                .isEqualTo("jdbc:postgresql://127.0.0.1/test");
    }

    @Test
    void h2AcceptsTheUrlWithTheTraceFileTurnedOff(@TempDir Path dir) throws Exception {
        JdbcUrlDataSource source = new JdbcUrlDataSource();
        source.setUrl("jdbc:h2:" + dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0");
        source.setUser("sa");
        source.setPassword("");
        try (Connection c = source.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
            // what the server's pool does with every connection it hands out; H2 refuses it and traces that
            assertThatThrownBy(() -> c.setClientInfo("ApplicationName", "marquee"))
                    .isInstanceOf(SQLClientInfoException.class);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".trace.db"));
        }
    }
}
