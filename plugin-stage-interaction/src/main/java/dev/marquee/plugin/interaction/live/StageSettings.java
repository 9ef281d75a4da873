package dev.marquee.plugin.interaction.live;

import dev.marquee.plugin.interaction.domain.InteractionSettings;
import dev.marquee.plugin.interaction.store.SettingsStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each stage's settings, read from the database at most every {@value #FRESH_MILLIS} ms per instance: a
 * change saved here applies at once, one saved on another instance within that time. Thread-safe.
 */
@ApplicationScoped
public class StageSettings {

    static final long FRESH_MILLIS = 2000;

    private record Entry(InteractionSettings settings, long readAt) {
    }

    @Inject
    SettingsStore store;

    private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

    /** The settings, from the cache when fresh; blocking otherwise. */
    public InteractionSettings of(long stageId) {
        return cached(stageId).orElseGet(() -> {
            InteractionSettings read = store.of(stageId);
            cache.put(stageId, new Entry(read, System.nanoTime()));
            return read;
        });
    }

    /** The settings when a fresh copy is at hand (never blocks). */
    public Optional<InteractionSettings> cached(long stageId) {
        Entry e = cache.get(stageId);
        if (e == null || System.nanoTime() - e.readAt > Duration.ofMillis(FRESH_MILLIS).toNanos()) {
            return Optional.empty();
        }
        return Optional.of(e.settings);
    }

    /** Saves new settings and uses them here at once. */
    public InteractionSettings save(long stageId, InteractionSettings settings) {
        InteractionSettings saved = store.save(stageId, settings);
        cache.put(stageId, new Entry(saved, System.nanoTime()));
        return saved;
    }
}
