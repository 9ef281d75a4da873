package dev.marquee.platform.spi.settings;

/**
 * Why one setting was refused; {@code name} is the setting's key, so a form can show it beside the field.
 *
 * @since 0.1.0
 */
public record SettingError(String name, String message) {
}
