package dev.marquee.platform.spi.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * One named map shared by every instance of the deployment ({@link ClusterMaps#map}): string keys, values
 * in the plugin's {@link ValueFormat}. For small, short-lived state that any instance may need: who holds a
 * stage, a rate-limit bucket, a report another instance shares. Keep what must survive a restart of the
 * whole cluster in a database.
 *
 * <p><b>Sealed.</b> Core keeps keyed hashes of the keys and encrypted, authenticated values on the grid
 * (with the deployment's secret): whoever else reaches the grid can neither read an entry nor plant one. A
 * value that does not open counts as absent and the next change overwrites it.
 *
 * <p><b>Threading.</b> Thread-safe. Every call but {@link #entries} is asynchronous: it answers at once and
 * completes on a grid thread of core's, so never block in a callback; bound a caller's wait with
 * {@link ClusterCalls#await}. A member that hangs (rather than dies) keeps the keys it owns until the grid
 * drops it, so an unbounded wait would hang with it. Stages fail with the grid's exception when the grid
 * is down or refuses.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0; the layout on the grid is core's and may change
 * between versions, so instances of one deployment run the same version.
 *
 * @param <T> the value type
 * @since 0.1.0
 */
public interface ClusterMap<T> {

    /** The value of {@code key}; empty when absent, expired or not authentic. */
    CompletionStage<Optional<T>> get(String key);

    /** Sets {@code key} to {@code value}, to expire {@code ttl} after this write ({@link Duration#ZERO}: never). */
    CompletionStage<Void> set(String key, T value, Duration ttl);

    /** Removes {@code key}. */
    CompletionStage<Void> remove(String key);

    /**
     * Applies {@code change} to {@code key} atomically, cluster-wide (compare and set: when another instance
     * changed the entry meanwhile, the change runs again on what is there now), and answers what it says.
     * Changes of one key made on this instance are applied in the order they were asked for.
     */
    <R> CompletionStage<R> change(String key, EntryChange<T, R> change);

    /**
     * Every authentic entry, by key. Reads the whole map on the calling thread (it blocks): for small maps
     * only, such as one entry per live stage, and never on an event loop.
     */
    Map<String, T> entries();

    /** The map's name, as asked for. */
    String name();
}
