package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.spi.cluster.ClusterMap;
import dev.marquee.platform.spi.cluster.EntryChange;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** A plugin's {@link ClusterMap}: a {@link SealedMap}, its changes translated to the sealed map's. */
final class PluginMap<T> implements ClusterMap<T> {

    private final String name;
    private final SealedMap<T> sealed;

    PluginMap(String name, SealedMap<T> sealed) {
        this.name = name;
        this.sealed = sealed;
    }

    @Override
    public CompletionStage<Optional<T>> get(String key) {
        return sealed.get(key);
    }

    @Override
    public CompletionStage<Void> set(String key, T value, Duration ttl) {
        return sealed.set(key, value, ttl.toMillis());
    }

    @Override
    public CompletionStage<Void> remove(String key) {
        return sealed.remove(key);
    }

    @Override
    public <R> CompletionStage<R> change(String key, EntryChange<T, R> change) {
        return sealed.change(key, current -> gridOutcome(change.apply(current)));
    }

    @Override
    public Map<String, T> entries() {
        return sealed.entries();
    }

    @Override
    public String name() {
        return name;
    }

    static <T, R> GridChange.Outcome<T, R> gridOutcome(EntryChange.Outcome<T, R> outcome) {
        return switch (outcome.kind()) {
            case KEEP -> GridChange.Outcome.keep(outcome.answer());
            case SET -> GridChange.Outcome.set(outcome.value(), outcome.ttl().toMillis(), outcome.answer());
            case REMOVE -> GridChange.Outcome.remove(outcome.answer());
        };
    }
}
