package dev.marquee.platform.builtin;

import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.media.Playback;
import dev.marquee.platform.spi.media.PlaybackSource;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.media.Viewer;
import dev.marquee.platform.spi.settings.SettingDescriptor;
import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.SettingType;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * A stage whose stream lives elsewhere: an HLS playlist from a CDN or a player page to embed. The
 * organizer says when it is on air. Nothing to provision. The address must be {@code https:}: the
 * pages' Content-Security-Policy loads media ({@code media-src}, {@code connect-src}) and frames
 * ({@code frame-src}) from other sites only over https, so an {@code http:} stream would be a silent
 * black player.
 */
@ApplicationScoped
public class ExternalStreamProvider implements MediaProvider {

    public static final String ID = "external";

    private static final SettingsSchema SETTINGS = SettingsSchema.of(
            SettingDescriptor.of("url", SettingType.URL, "Stream URL")
                    .help("An https:// address of an HLS playlist (.m3u8) or, with the iframe format, of a player "
                            + "page. The event pages play streams only over https.").asRequired(),
            SettingDescriptor.of("format", SettingType.CHOICE, "Format")
                    .help("hls: played by Marquee's player; iframe: the page is embedded as it is")
                    .choices("hls", "iframe").defaultValue("hls"),
            SettingDescriptor.of("live", SettingType.BOOLEAN, "On air")
                    .help("Shown as live to attendees").defaultValue(Boolean.FALSE))
            .withRule(ExternalStreamProvider::playableUrl);

    /** Refuses what the pages cannot load: anything but https (see the class comment). */
    static List<SettingError> playableUrl(Settings settings) {
        return settings.string("url").filter(url -> !url.regionMatches(true, 0, "https://", 0, 8))
                .map(url -> List.of(new SettingError("url", "Stream URL must start with https://: the event pages "
                        + "play streams only over https, so an http:// stream would stay black")))
                .orElse(List.of());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "External stream";
    }

    @Override
    public SettingsSchema stageSettings() {
        return SETTINGS;
    }

    @Override
    public void provision(StageRef stage) {
        // the stream is produced and hosted elsewhere
    }

    @Override
    public Playback playback(StageRef stage, Viewer viewer) {
        String format = stage.settings().string("format").orElse("hls");
        String url = stage.settings().string("url").orElseThrow();
        return new Playback(isLive(stage), List.of(PlaybackSource.url(format, url)));
    }

    @Override
    public boolean isLive(StageRef stage) {
        return stage.settings().bool("live");
    }

    @Override
    public void deprovision(StageRef stage) {
        // nothing was provisioned
    }
}
