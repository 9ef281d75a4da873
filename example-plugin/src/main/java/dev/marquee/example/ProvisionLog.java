package dev.marquee.example;

import dev.marquee.platform.spi.persistence.PluginData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * When each stage was last provisioned, in the plugin's own table {@code example_embed_provision} (made by
 * its migration), through core's {@link PluginData}: the statements join the transaction that saves the stage.
 */
@ApplicationScoped
public class ProvisionLog {

    @Inject
    PluginData data;

    void record(long stageId) {
        forget(stageId);
        data.update("insert into example_embed_provision (stage_id, provisioned_at) values (?, ?)", stageId, Instant.now());
    }

    void forget(long stageId) {
        data.update("delete from example_embed_provision where stage_id = ?", stageId);
    }

    Optional<Instant> provisionedAt(long stageId) {
        return data.queryOne("select provisioned_at from example_embed_provision where stage_id = ?",
                row -> row.getTimestamp(1).toInstant(), stageId);
    }
}
