package ${package};

import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.media.Playback;
import dev.marquee.platform.spi.media.PlaybackSource;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.media.Viewer;
import dev.marquee.platform.spi.settings.SettingDescriptor;
import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.SettingType;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.platform.spi.web.PluginRoute;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * The media provider {@value #ID}: a stage that plays an https page in an iframe. Replace the settings and
 * the playback with your service's; keep the id once stages use it (it is stored with them).
 */
@ApplicationScoped
public class PageProvider implements MediaProvider {

    public static final String ID = "${pluginId}";

    private static final SettingsSchema SETTINGS = SettingsSchema.of(
            SettingDescriptor.of("pageUrl", SettingType.URL, "Page to play").help("Must use https").asRequired())
            .withRule(settings -> settings.string("pageUrl").filter(url -> !url.startsWith("https://")).isPresent()
                    ? List.of(new SettingError("pageUrl", "Page to play must use https"))
                    : List.of());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "${pluginId}";
    }

    @Override
    public SettingsSchema stageSettings() {
        return SETTINGS;
    }

    @Override
    public void provision(StageRef stage) {
        // Create what the stage needs at your service here (a channel, a room, ...).
    }

    @Override
    public Playback playback(StageRef stage, Viewer viewer) {
        return Playback.of(true, List.of(PlaybackSource.of("iframe", Map.of(
                "url", stage.settings().string("pageUrl").orElseThrow(),
                "title", stage.name()))));
    }

    @Override
    public boolean isLive(StageRef stage) {
        return true;
    }

    @Override
    public void deprovision(StageRef stage) {
        // Remove what provision created.
    }

    /** This plugin's own HTTP endpoints, under /api/v1/plugins/${pluginId}/ (see {@link PageRoutes}). */
    @Override
    public List<PluginRoute> routes() {
        return PageRoutes.all();
    }
}
