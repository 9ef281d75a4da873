package dev.marquee.platform.infrastructure.health;

import dev.marquee.platform.infrastructure.persistence.migration.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ready when the schema migrations have run and the database answers {@code SELECT 1} within
 * {@value #TIMEOUT_SECONDS} seconds (H2 and PostgreSQL both take it). A pool with no free connection
 * makes the check wait, and the probe's own timeout then counts it as not ready.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", migrations.done());
        if (!migrations.done()) {
            return response.down().build();
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement()) {
            query.setQueryTimeout(TIMEOUT_SECONDS);
            query.execute("SELECT 1");
            return response.up()
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("millis", (System.nanoTime() - started) / 1_000_000).build();
        } catch (SQLException e) {
            return response.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
