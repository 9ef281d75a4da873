package dev.marquee.example;

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
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * Embeds an https page as the stage's player. Declares its settings as data, checks them with a rule
 * of its own, and records provisioning through {@link ProvisionLog} (its own table, its own migration).
 */
@ApplicationScoped
public class ExampleEmbedProvider implements MediaProvider {

    public static final String ID = "example-embed";

    private static final SettingsSchema SETTINGS = SettingsSchema.of(
            SettingDescriptor.of("pageUrl", SettingType.URL, "Page to embed").help("Must use https").asRequired(),
            SettingDescriptor.of("title", SettingType.STRING, "Player title").help("Read by screen readers")
                    .defaultValue("Live stage"))
            .withRule(settings -> settings.string("pageUrl").filter(url -> !url.startsWith("https://")).isPresent()
                    ? List.of(new SettingError("pageUrl", "Page to embed must use https"))
                    : List.of());

    @Inject
    ProvisionLog log;

    @Inject
    ExampleRoutes routes;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Example: embedded page";
    }

    @Override
    public SettingsSchema stageSettings() {
        return SETTINGS;
    }

    @Override
    public void provision(StageRef stage) {
        log.record(stage.id());
    }

    @Override
    public Playback playback(StageRef stage, Viewer viewer) {
        return Playback.of(true, List.of(PlaybackSource.of("iframe", Map.of(
                "url", stage.settings().string("pageUrl").orElseThrow(),
                "title", stage.settings().string("title").orElse("Live stage")))));
    }

    @Override
    public boolean isLive(StageRef stage) {
        return true;
    }

    @Override
    public Map<String, Object> organizerDetails(StageRef stage) {
        return log.provisionedAt(stage.id()).<Map<String, Object>>map(at -> Map.of("provisionedAt", at.toString()))
                .orElse(Map.of());
    }

    /** Its own endpoints under {@code /api/v1/plugins/example-embed/} ({@link ExampleRoutes}). */
    @Override
    public List<PluginRoute> routes() {
        return routes.all();
    }

    /** Its own pages under {@code /p/example-embed/} ({@link ExamplePages}). */
    @Override
    public List<PluginRoute> pages() {
        return ExamplePages.all();
    }

    @Override
    public void deprovision(StageRef stage) {
        log.forget(stage.id());
    }
}
