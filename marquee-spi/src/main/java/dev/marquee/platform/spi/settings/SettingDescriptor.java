package dev.marquee.platform.spi.settings;

import java.util.List;

/**
 * One setting a plugin accepts, described well enough for a form: its key, label, help text, type,
 * default, whether it is required and whether it is a secret (never shown back, never logged).
 *
 * <pre>{@code
 * SettingDescriptor.of("exportUrl", SettingType.URL, "Export URL").help("Where Weemss serves the CSV").asRequired()
 * }</pre>
 *
 * @since 0.1.0
 */
public record SettingDescriptor(String name, String label, String help, SettingType type,
                                Object defaultValue, boolean required, boolean secret, List<String> choices) {

    public SettingDescriptor {
        if (name == null || !name.matches("[a-zA-Z][a-zA-Z0-9]*")) {
            throw new IllegalArgumentException("Setting names are camelCase identifiers, not " + name);
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static SettingDescriptor of(String name, SettingType type, String label) {
        return new SettingDescriptor(name, label, "", type, null, false, false, List.of());
    }

    public SettingDescriptor help(String text) {
        return new SettingDescriptor(name, label, text, type, defaultValue, required, secret, choices);
    }

    public SettingDescriptor defaultValue(Object value) {
        return new SettingDescriptor(name, label, help, type, value, required, secret, choices);
    }

    public SettingDescriptor asRequired() {
        return new SettingDescriptor(name, label, help, type, defaultValue, true, secret, choices);
    }

    public SettingDescriptor asSecret() {
        return new SettingDescriptor(name, label, help, type, defaultValue, required, true, choices);
    }

    public SettingDescriptor choices(String... values) {
        return new SettingDescriptor(name, label, help, type, defaultValue, required, secret, List.of(values));
    }
}
