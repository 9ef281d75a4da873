package dev.marquee.platform.application.recording;

import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.spi.recording.RecordingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The recording store the operator chose ({@code marquee.recordings.store}), among the installed ones.
 * Recordings remember their store's id, so an operator who switches stores keeps serving the old ones
 * while that store's plugin is installed.
 */
@ApplicationScoped
public class RecordingStores {

    private static final Logger LOG = Logger.getLogger(RecordingStores.class.getName());

    @Inject
    PluginRegistry plugins;

    @Inject
    RecordingConfig config;

    /** The store new recordings go to, if it is installed and configured (else the reason is logged). */
    public Optional<RecordingStore> current() {
        Optional<RecordingStore> store = byId(config.store());
        if (store.isEmpty()) {
            LOG.warning(() -> "Not recording: marquee.recordings.store is '" + config.store()
                    + "', and no installed recording store has that id (docs/operations.md, \"Recordings\")");
            return Optional.empty();
        }
        if (!store.get().configured()) {
            LOG.warning(() -> "Not recording: the recording store '" + config.store() + "' is not configured: "
                    + store.get().configurationHint());
            return Optional.empty();
        }
        return store;
    }

    /** The installed store with that id. */
    public Optional<RecordingStore> byId(String id) {
        return plugins.ofType(RecordingStore.class).stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
