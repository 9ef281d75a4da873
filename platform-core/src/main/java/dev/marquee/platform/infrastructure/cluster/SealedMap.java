package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.map.IMap;
import dev.marquee.platform.spi.cluster.ValueFormat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;

/**
 * A grid map of Marquee's, sealed ({@link GridSeal}): the grid holds keyed hashes of the keys and
 * sealed values (the real key inside the seal, in the codec's format after it). A value that does not
 * open, one another member put there without the secret, counts as absent and is overwritten by the
 * next change. Changes are compare-and-set rounds ({@link CompareAndSet}): read, compute, write if
 * unchanged, else compute again from what is there now. The first round of a change that writes skips
 * the read: it expects what this instance last saw of the key (nothing, for a key it has not seen), and
 * a wrong guess costs nothing more than the read would have, since a refused write answers what is
 * there. Every call is asynchronous; bound the wait
 * with {@link GridCalls#await}. Keep one instance per map and instance ({@link DataGrid#sealedMap}
 * does), so that its changes of a key queue up together.
 */
public final class SealedMap<T> {

    private static final int MAX_ROUNDS = 32;
    /** Keys whose last seen bytes are remembered; past it the memory starts over (it is only a guess). */
    private static final int MAX_REMEMBERED = 10_000;

    private final IMap<String, byte[]> map;
    private final String name;
    private final GridSeal seal;
    private final ValueFormat<T> codec;
    private final Map<String, KeyLane<T>> lanes = new ConcurrentHashMap<>();
    private final Map<String, byte[]> lastSeen = new ConcurrentHashMap<>();
    private final Supplier<Executor> submitter;
    private final Executor callbacks;

    /**
     * @param submitter where compare-and-set calls are submitted from: within the application's
     *                  context (the grid resolves the processor's class on other members from it)
     * @param callbacks where the grid's answers are handled (opened, the next round started, callers told)
     */
    SealedMap(IMap<String, byte[]> map, String name, GridSeal seal, ValueFormat<T> codec, Supplier<Executor> submitter,
              Executor callbacks) {
        this.map = map;
        this.name = name;
        this.seal = seal;
        this.codec = codec;
        this.submitter = submitter;
        this.callbacks = callbacks;
    }

    /** The value of {@code key}, empty when absent (or not authentic). */
    public CompletionStage<Optional<T>> get(String key) {
        String gridKey = seal.key(name, key);
        return map.getAsync(gridKey).thenApplyAsync(bytes -> Optional.ofNullable(open(gridKey, key, bytes)), callbacks);
    }

    /** Sets {@code key} to {@code value}, expiring {@code ttlMillis} after this write (0: never). */
    public CompletionStage<Void> set(String key, T value, long ttlMillis) {
        String gridKey = seal.key(name, key);
        return map.setAsync(gridKey, sealed(gridKey, key, value), Math.max(0, ttlMillis), TimeUnit.MILLISECONDS);
    }

    /** Removes {@code key}. */
    public CompletionStage<Void> remove(String key) {
        return map.removeAsync(seal.key(name, key)).thenApplyAsync(removed -> null, callbacks);
    }

    /**
     * Applies {@code change} to {@code key} atomically, cluster-wide, and answers what it says. Changes
     * of one key made on this instance queue up and are applied together in one compare-and-set round
     * (in the order they came), so a hot key costs one round trip per batch, not one per change, and
     * rounds only conflict across instances.
     */
    public <R> CompletionStage<R> change(String key, GridChange<T, R> change) {
        CompletableFuture<R> result = new CompletableFuture<>();
        boolean[] start = {false};
        KeyLane<T> lane = lanes.compute(key, (k, existing) -> {
            KeyLane<T> l = existing == null ? new KeyLane<>(k, seal.key(name, k)) : existing;
            synchronized (l) {
                l.pending.add(new Pending<>(change, result));
            }
            if (!l.running) {
                l.running = true;
                start[0] = true;
            }
            return l;
        });
        if (start[0]) {
            begin(lane);
        }
        return result;
    }

    /**
     * Every authentic entry, by real key. It reads the whole map on this thread: for small maps only
     * (one entry per live stage, say).
     */
    public Map<String, T> entries() {
        Map<String, T> out = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> entry : map.entrySet()) {
            Keyed<T> keyed = openKeyed(entry.getKey(), entry.getValue());
            if (keyed != null) {
                out.put(keyed.key, keyed.value);
            }
        }
        return out;
    }

    /** The grid name of this map (namespaced). */
    public String name() {
        return name;
    }

    /**
     * One round: applies every pending change to what the grid holds (or, when {@code guessed}, to what
     * this instance last saw of the key), then writes once if anything changed. A guessed round that
     * writes nothing reads first: its answers must come from the grid.
     */
    private void drain(KeyLane<T> lane, byte[] seen, Throwable error, int round, boolean guessed) {
        List<Pending<T, ?>> batch;
        synchronized (lane) {
            batch = new ArrayList<>(lane.pending);
        }
        if (error != null || round > MAX_ROUNDS) {
            Throwable failure = error != null ? error
                    : new IllegalStateException("Grid entry of " + name + " kept changing");
            finish(lane, batch, null, failure);
            return;
        }
        if (!guessed) {
            remember(lane.gridKey, seen);
        }
        T value = open(lane.gridKey, lane.key, seen);
        boolean write = false;
        long ttl = 0;
        List<Object> answers = new ArrayList<>(batch.size());
        try {
            for (Pending<T, ?> p : batch) {
                GridChange.Outcome<T, ?> outcome = p.change.apply(value);
                answers.add(outcome.answer());
                if (outcome.kind() != GridChange.Outcome.Kind.KEEP) {
                    write = true;
                    value = outcome.kind() == GridChange.Outcome.Kind.SET ? outcome.value() : null;
                    ttl = outcome.ttlMillis();
                }
            }
        } catch (RuntimeException e) {
            finish(lane, batch, null, e);
            return;
        }
        if (!write && guessed) {
            read(lane);
            return;
        }
        if (!write) {
            finish(lane, batch, answers, null);
            return;
        }
        byte[] next = value == null ? null : sealed(lane.gridKey, lane.key, value);
        long ttlMillis = ttl;
        try {
            submitter.get().execute(() -> map.submitToKey(lane.gridKey, new CompareAndSet(seen, next, ttlMillis))
                    .whenCompleteAsync((answer, failure) -> {
                        if (failure != null) {
                            finish(lane, batch, null, failure);
                        } else if (answer[0] == CompareAndSet.DONE) {
                            remember(lane.gridKey, next);
                            finish(lane, batch, answers, null);
                        } else {
                            byte[] now = answer[0] == CompareAndSet.ABSENT ? null
                                    : Arrays.copyOfRange(answer, 1, answer.length);
                            drain(lane, now, null, round + 1, false);
                        }
                    }, callbacks));
        } catch (RuntimeException e) {
            finish(lane, batch, null, e);
        }
    }

    /** Starts a round on what this instance last saw of the key: no read unless the round writes nothing. */
    private void begin(KeyLane<T> lane) {
        drain(lane, lastSeen.get(lane.gridKey), null, 1, true);
    }

    private void read(KeyLane<T> lane) {
        try {
            map.getAsync(lane.gridKey).whenCompleteAsync((bytes, error) -> drain(lane, bytes, error, 1, false), callbacks);
        } catch (RuntimeException e) {
            drain(lane, null, e, 1, false);
        }
    }

    private void remember(String gridKey, byte[] bytes) {
        if (bytes == null) {
            lastSeen.remove(gridKey);
            return;
        }
        if (lastSeen.size() >= MAX_REMEMBERED) {
            lastSeen.clear();
        }
        lastSeen.put(gridKey, bytes);
    }

    /** Completes a batch, then starts the next one if more changes queued meanwhile, else ends the lane. */
    @SuppressWarnings("unchecked")
    private void finish(KeyLane<T> lane, List<Pending<T, ?>> batch, List<Object> answers, Throwable failure) {
        synchronized (lane) {
            lane.pending.subList(0, batch.size()).clear();
        }
        for (int i = 0; i < batch.size(); i++) {
            CompletableFuture<Object> future = (CompletableFuture<Object>) batch.get(i).result;
            if (failure != null) {
                future.completeExceptionally(failure);
            } else {
                future.complete(answers.get(i));
            }
        }
        boolean more = lanes.compute(lane.key, (k, l) -> {
            if (l != lane) {
                return l;
            }
            synchronized (l) {
                if (l.pending.isEmpty()) {
                    l.running = false;
                    return null;
                }
            }
            return l;
        }) != null;
        if (more) {
            begin(lane);
        }
    }

    private byte[] sealed(String gridKey, String key, T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(key);
            codec.write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seal.seal(name + '\n' + gridKey, bytes.toByteArray());
    }

    private T open(String gridKey, String key, byte[] sealed) {
        Keyed<T> keyed = openKeyed(gridKey, sealed);
        return keyed != null && keyed.key.equals(key) ? keyed.value : null;
    }

    private Keyed<T> openKeyed(String gridKey, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        byte[] plain = seal.open(name + '\n' + gridKey, sealed);
        if (plain == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            String key = in.readUTF();
            if (!seal.key(name, key).equals(gridKey)) {
                return null;
            }
            return new Keyed<>(key, codec.read(in));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private record Keyed<T>(String key, T value) {
    }

    private record Pending<T, R>(GridChange<T, R> change, CompletableFuture<R> result) {
    }

    /** The changes of one key waiting on this instance; one round runs at a time. */
    private static final class KeyLane<T> {
        final String key;
        final String gridKey;
        final List<Pending<T, ?>> pending = new ArrayList<>();
        boolean running;

        KeyLane(String key, String gridKey) {
            this.key = key;
            this.gridKey = gridKey;
        }
    }
}
