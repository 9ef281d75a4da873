package dev.marquee.platform.spi.settings;

import java.util.List;

/**
 * The outcome of {@link SettingsSchema#validate}: the normalised settings, usable only when {@code errors} is empty.
 *
 * @since 0.1.0
 */
public record SettingsValidation(Settings settings, List<SettingError> errors) {

    public SettingsValidation {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
