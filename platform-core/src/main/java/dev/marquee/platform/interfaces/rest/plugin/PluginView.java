package dev.marquee.platform.interfaces.rest.plugin;

import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.PluginKind;
import dev.marquee.platform.spi.chat.ChatProvider;
import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.settings.SettingDescriptor;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.platform.spi.ticketing.TicketSource;

import java.util.List;

/**
 * A plugin as the API lists it. {@code settings} describes what a stage (media, chat) or a ticket
 * source (ticketing) of this plugin takes; secret defaults are never shown.
 */
public record PluginView(String id, PluginKind kind, String name, String version, boolean configured,
                         String configurationHint, List<SettingView> settings) {

    /** One declared setting. */
    public record SettingView(String name, String label, String help, String type, Object defaultValue,
                              boolean required, boolean secret, List<String> choices) {

        static SettingView of(SettingDescriptor d) {
            return new SettingView(d.name(), d.label(), d.help(), d.type().name(), d.secret() ? null : d.defaultValue(),
                    d.required(), d.secret(), d.choices());
        }
    }

    /** What anyone may see: no declared settings, no hint at missing configuration. */
    PluginView withoutDetails() {
        return new PluginView(id, kind, name, version, configured, null, List.of());
    }

    static PluginView of(MarqueePlugin plugin) {
        return new PluginView(plugin.id(), plugin.kind(), plugin.displayName(), plugin.version(), plugin.configured(),
                plugin.configured() ? null : plugin.configurationHint(), schema(plugin).descriptors().stream().map(SettingView::of).toList());
    }

    private static SettingsSchema schema(MarqueePlugin plugin) {
        if (plugin instanceof MediaProvider media) {
            return media.stageSettings();
        }
        if (plugin instanceof TicketSource source) {
            return source.sourceSettings();
        }
        if (plugin instanceof ChatProvider chat) {
            return chat.stageSettings();
        }
        return SettingsSchema.none();
    }
}
