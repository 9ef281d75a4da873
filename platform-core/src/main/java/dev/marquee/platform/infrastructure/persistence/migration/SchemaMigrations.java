package dev.marquee.platform.infrastructure.persistence.migration;

import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date at start, before any other start-up work: core's migrations first,
 * then each plugin's. Each set has its own history table ({@code marquee_schema_<id>}), so versions
 * of different modules never collide. A plugin ships its migrations under
 * {@code db/marquee/<plugin-id>/} in its JAR.
 *
 * <p>The data source is defined here: {@code marquee.db.url}, {@code .user} and {@code .password}
 * (or {@code MARQUEE_DB_URL}, ...) choose the database; the default is an H2 file under {@code ./data}.
 */
@DataSourceDefinition(
        name = SchemaMigrations.DATA_SOURCE,
        className = "dev.marquee.platform.infrastructure.persistence.migration.JdbcUrlDataSource",
        url = "${MPCONFIG=marquee.db.url:jdbc:h2:./data/marquee;WRITE_DELAY=0}",
        user = "${MPCONFIG=marquee.db.user:sa}",
        password = "${MPCONFIG=marquee.db.password:marquee}",
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    public static final String DATA_SOURCE = "java:app/jdbc/marquee";
    public static final String CORE = "core";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private PluginRegistry plugins;

    private volatile boolean done;

    @PostConstruct
    void migrate() {
        apply(CORE, SchemaMigrations.class.getClassLoader());
        plugins.all().forEach(plugin -> {
            ClassLoader loader = plugin.getClass().getClassLoader();
            if (loader.getResource(location(plugin.id())) != null) {
                apply(plugin.id(), loader);
            }
        });
        done = true;
    }

    /** Whether every migration has been applied. */
    public boolean done() {
        return done;
    }

    private void apply(String module, ClassLoader loader) {
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:" + location(module))
                .table("marquee_schema_" + module.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema of " + module + " at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    static String location(String module) {
        return "db/marquee/" + module;
    }
}
