package dev.marquee.platform.spi.settings;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validated, normalised setting values: integers are {@link Long}, booleans {@link Boolean}, lists
 * {@code List<String>}, maps {@code Map<String, String>}, everything else a {@link String}.
 * Immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Settings {

    private static final Settings EMPTY = new Settings(Map.of());

    private final Map<String, Object> values;

    private Settings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Settings of(Map<String, ?> values) {
        return values == null || values.isEmpty() ? EMPTY : new Settings(new LinkedHashMap<>(values));
    }

    public static Settings empty() {
        return EMPTY;
    }

    public Optional<String> string(String name) {
        Object value = values.get(name);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    public Optional<Long> integer(String name) {
        return Optional.ofNullable((Long) values.get(name));
    }

    public boolean bool(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    public Optional<Duration> duration(String name) {
        return string(name).map(Duration::parse);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object value = values.get(name);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> map(String name) {
        Object value = values.get(name);
        return value == null ? Map.of() : (Map<String, String>) value;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The raw values, secrets included: for storage only, never for a response. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "Settings" + values.keySet();
    }
}
