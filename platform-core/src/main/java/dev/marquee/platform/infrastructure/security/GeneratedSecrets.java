package dev.marquee.platform.infrastructure.security;

import dev.marquee.platform.domain.model.setting.PlatformSettingRepository;
import dev.marquee.platform.infrastructure.persistence.migration.SchemaMigrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;

import java.util.Optional;

/**
 * Secrets generated once and kept in the database (table {@code platform_setting}). Asking first makes
 * sure the schema is migrated; two instances generating at the same moment agree on the first one saved.
 */
@ApplicationScoped
public class GeneratedSecrets {

    @Inject
    SchemaMigrations migrations;

    @Inject
    Writer writer;

    /** The stored secret, if one was generated. */
    public Optional<String> find(String name) {
        migrations.done();
        return writer.read(name);
    }

    /** Stores {@code fresh} unless another instance stored one first; answers the secret that holds. */
    public String createOnce(String name, String fresh) {
        try {
            writer.insert(name, fresh);
            return fresh;
        } catch (PersistenceException | TransactionalException e) {
            return writer.read(name).orElseThrow(() -> e);
        }
    }

    /** The transactions, each on its own. */
    @ApplicationScoped
    public static class Writer {

        @Inject
        PlatformSettingRepository settings;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Optional<String> read(String name) {
            return settings.get(name);
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void insert(String name, String value) {
            settings.put(name, value);
        }
    }
}
