package dev.marquee.plugin.interaction.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings this plugin's tables up to date at start, right after core's schema (its tables refer to
 * core's {@code stage}), the way core migrates plugins: its own location and history table
 * ({@code marquee_schema_interaction}). This plugin is no {@code MarqueePlugin} kind, so core's
 * migrations do not find it on their own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class InteractionSchema {

    /** Where the migrations are, in this JAR. */
    public static final String LOCATION = "db/marquee/interaction";

    private static final Logger LOG = Logger.getLogger(InteractionSchema.class.getName());

    @Resource(lookup = Jdbc.DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        int applied = apply(dataSource);
        LOG.info(() -> "Schema of interaction up to date (" + applied + " migrations applied now)");
    }

    /**
     * Applies the pending migrations to {@code dataSource}; answers how many ran. (Not named like the
     * {@code @PostConstruct} method: the EJB container looks that one up by name.)
     */
    public static int apply(DataSource dataSource) {
        return Flyway.configure(InteractionSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + LOCATION)
                .table("marquee_schema_interaction")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate().migrationsExecuted;
    }
}
