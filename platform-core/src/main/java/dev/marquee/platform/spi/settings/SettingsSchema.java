package dev.marquee.platform.spi.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The settings a plugin accepts and the checks that go beyond one field. {@link #validate} applies
 * defaults, normalises types and reports every problem at once; {@link #masked} prepares stored
 * values for a response.
 */
public final class SettingsSchema {

    /** What a secret looks like in a response; sending it back unchanged keeps the stored secret. */
    public static final String MASK = "********";

    private static final SettingsSchema NONE = new SettingsSchema(List.of(), s -> List.of());

    private final List<SettingDescriptor> descriptors;
    private final Function<Settings, List<SettingError>> rule;

    private SettingsSchema(List<SettingDescriptor> descriptors, Function<Settings, List<SettingError>> rule) {
        this.descriptors = List.copyOf(descriptors);
        this.rule = rule;
    }

    public static SettingsSchema of(SettingDescriptor... descriptors) {
        return new SettingsSchema(List.of(descriptors), s -> List.of());
    }

    public static SettingsSchema none() {
        return NONE;
    }

    /** Adds a check across fields, run only when every field on its own is valid. */
    public SettingsSchema withRule(Function<Settings, List<SettingError>> crossFieldRule) {
        return new SettingsSchema(descriptors, crossFieldRule);
    }

    public List<SettingDescriptor> descriptors() {
        return descriptors;
    }

    /**
     * Validates input against the schema. {@code previous} supplies stored secrets for fields sent
     * back as {@link #MASK} (or left out) when editing.
     */
    public SettingsValidation validate(Map<String, ?> input, Settings previous) {
        Map<String, ?> raw = input == null ? Map.of() : input;
        List<SettingError> errors = new ArrayList<>();
        for (String key : raw.keySet()) {
            if (descriptors.stream().noneMatch(d -> d.name().equals(key))) {
                errors.add(new SettingError(key, "is not a setting of this plugin"));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (SettingDescriptor descriptor : descriptors) {
            Object value = raw.get(descriptor.name());
            if (descriptor.secret() && (value == null || MASK.equals(value)) && previous.has(descriptor.name())) {
                values.put(descriptor.name(), previous.asMap().get(descriptor.name()));
                continue;
            }
            if (descriptor.secret() && value instanceof Map<?, ?> map && previous.has(descriptor.name())) {
                value = unmaskEntries(map, previous.map(descriptor.name()));
            }
            if (value == null || "".equals(value)) {
                value = descriptor.defaultValue();
            }
            if (value == null) {
                if (descriptor.required()) {
                    errors.add(new SettingError(descriptor.name(), descriptor.label() + " is required"));
                }
                continue;
            }
            try {
                values.put(descriptor.name(), SettingValueParser.parse(descriptor, value));
            } catch (IllegalArgumentException e) {
                errors.add(new SettingError(descriptor.name(), descriptor.label() + " " + e.getMessage()));
            }
        }
        Settings settings = Settings.of(values);
        if (errors.isEmpty()) {
            errors.addAll(rule.apply(settings));
        }
        return new SettingsValidation(settings, errors);
    }

    /**
     * The stored values with every secret that is set replaced by {@link #MASK}; a secret map (request
     * headers, say) keeps its keys and shape, with each value masked.
     */
    public Map<String, Object> masked(Settings settings) {
        Map<String, Object> out = new LinkedHashMap<>(settings.asMap());
        for (SettingDescriptor descriptor : descriptors) {
            if (!descriptor.secret() || !out.containsKey(descriptor.name())) {
                continue;
            }
            if (descriptor.type() == SettingType.STRING_MAP) {
                Map<String, String> masked = new LinkedHashMap<>();
                settings.map(descriptor.name()).keySet().forEach(key -> masked.put(key, MASK));
                out.put(descriptor.name(), masked);
            } else {
                out.put(descriptor.name(), MASK);
            }
        }
        return out;
    }

    /** A secret map sent back from a form: entries still showing {@link #MASK} keep their stored value. */
    private static Map<String, Object> unmaskEntries(Map<?, ?> sent, Map<String, String> stored) {
        Map<String, Object> out = new LinkedHashMap<>();
        sent.forEach((key, value) -> {
            String name = String.valueOf(key);
            out.put(name, MASK.equals(value) && stored.containsKey(name) ? stored.get(name) : value);
        });
        return out;
    }
}
