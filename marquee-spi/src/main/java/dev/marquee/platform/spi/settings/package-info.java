/**
 * Plugin settings declared as data: each plugin lists its {@link dev.marquee.platform.spi.settings.SettingDescriptor}s
 * in a {@link dev.marquee.platform.spi.settings.SettingsSchema}, so the admin console can draw a form and the API can
 * validate input for a plugin it has never seen. Secret values are masked before they leave the server.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.settings;
