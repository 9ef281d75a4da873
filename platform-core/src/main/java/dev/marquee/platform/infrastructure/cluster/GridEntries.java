package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.map.ExtendedMapEntry;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Helpers for entry processors, which run where a grid entry lives. */
public final class GridEntries {

    private GridEntries() {
    }

    /**
     * Sets the entry's value to expire after {@code ttlMillis} (the grid hands entry processors an
     * {@link ExtendedMapEntry}; any other entry just gets the value).
     */
    public static <K, V> void setValue(Map.Entry<K, V> entry, V value, long ttlMillis) {
        if (entry instanceof ExtendedMapEntry<K, V> extended) {
            extended.setValue(value, ttlMillis, TimeUnit.MILLISECONDS);
        } else {
            entry.setValue(value);
        }
    }
}
