package dev.marquee.platform.spi.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings a plugin accepts and the checks that go beyond one field. {@link #validate} applies
 * defaults, normalises types and reports every problem at once; {@link #masked} prepares stored
 * values for a response.
 *
 * @since 0.1.0
 */
public final class SettingsSchema {

    /**
     * What a secret looks like in a response; sending it back unchanged keeps the stored secret (while
     * the settings' URLs keep their scheme, host and port).
     */
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
     * back as {@link #MASK} (or left out) when editing, but only while every {@link SettingType#URL}
     * setting keeps its scheme, host and port: a secret is meant for one destination, so when one of
     * them changes the stored secrets are dropped, and a secret that is required or still sent as the
     * mask is reported as a field to enter again. A mask with no stored value behind it is an error too.
     */
    public SettingsValidation validate(Map<String, ?> input, Settings previous) {
        Map<String, ?> raw = input == null ? Map.of() : input;
        List<SettingError> errors = new ArrayList<>();
        for (String key : raw.keySet()) {
            if (descriptors.stream().noneMatch(d -> d.name().equals(key))) {
                errors.add(new SettingError(key, "is not a setting of this plugin"));
            }
        }
        List<String> moved = movedUrls(raw, previous);
        Settings kept = moved.isEmpty() ? previous : Settings.empty();
        Map<String, Object> values = new LinkedHashMap<>();
        for (SettingDescriptor descriptor : descriptors) {
            Object value = raw.get(descriptor.name());
            if (descriptor.secret()) {
                Optional<SettingError> problem = secretProblem(descriptor, value, kept, previous, moved);
                if (problem.isPresent()) {
                    errors.add(problem.get());
                    continue;
                }
                if ((value == null || MASK.equals(value)) && kept.has(descriptor.name())) {
                    values.put(descriptor.name(), kept.asMap().get(descriptor.name()));
                    continue;
                }
                if (value instanceof Map<?, ?> map) {
                    value = unmaskEntries(map, kept.map(descriptor.name()));
                }
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
     * Why a secret as sent cannot be saved: it still shows the mask, or (when required) was left out,
     * and no stored value may stand in for it, because a URL setting moved or nothing is stored.
     */
    private static Optional<SettingError> secretProblem(SettingDescriptor descriptor, Object value, Settings kept,
                                                        Settings previous, List<String> moved) {
        String name = descriptor.name();
        String enter = moved.isEmpty() ? " (nothing is stored to keep); enter the value"
                : " again: " + String.join(" and ", moved) + (moved.size() == 1 ? " points" : " point")
                + " to another scheme, host or port now";
        boolean masked = MASK.equals(value);
        boolean requiredButLost = value == null && descriptor.required() && previous.has(name);
        if ((masked || requiredButLost) && !kept.has(name)) {
            return Optional.of(new SettingError(name, "Enter " + descriptor.label() + enter));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, String> stored = kept.map(name);
            List<String> lost = map.entrySet().stream().filter(e -> MASK.equals(e.getValue()))
                    .map(e -> String.valueOf(e.getKey())).filter(key -> !stored.containsKey(key)).toList();
            if (!lost.isEmpty()) {
                return Optional.of(new SettingError(name, descriptor.label() + ": enter the value of '"
                        + String.join("', '", lost) + "'" + enter));
            }
        }
        return Optional.empty();
    }

    /** The labels of the URL settings whose scheme, host or port differ between the input and what is stored. */
    private List<String> movedUrls(Map<String, ?> raw, Settings previous) {
        List<String> moved = new ArrayList<>();
        if (previous.asMap().isEmpty()) {
            return moved; // nothing stored: a new source or stage
        }
        for (SettingDescriptor descriptor : descriptors) {
            if (descriptor.type() != SettingType.URL) {
                continue;
            }
            Object sent = raw.get(descriptor.name());
            Object now = sent == null || "".equals(sent) ? descriptor.defaultValue() : sent;
            Optional<String> before = previous.string(descriptor.name()).map(SettingsSchema::origin);
            Optional<String> after = Optional.ofNullable(now).map(String::valueOf).map(SettingsSchema::origin);
            if (!before.equals(after)) {
                moved.add(descriptor.label());
            }
        }
        return moved;
    }

    /**
     * Scheme, host and port of a URL (the default port written out), in lower case; a value that is not
     * a URL stands for itself, so any change of it counts as a move.
     */
    static String origin(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return scheme + "://" + host + ":" + port;
        } catch (URISyntaxException e) {
            return url;
        }
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
