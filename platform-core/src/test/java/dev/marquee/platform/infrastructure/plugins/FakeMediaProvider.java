package dev.marquee.platform.infrastructure.plugins;

import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.media.Playback;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.media.Viewer;
import dev.marquee.platform.spi.settings.SettingsSchema;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** A provider that a test JAR declares through META-INF/services only. */
@ApplicationScoped
public class FakeMediaProvider implements MediaProvider {

    @Override
    public String id() {
        return "fake";
    }

    @Override
    public String displayName() {
        return "Fake";
    }

    @Override
    public SettingsSchema stageSettings() {
        return SettingsSchema.none();
    }

    @Override
    public void provision(StageRef stage) {
        // nothing to prepare
    }

    @Override
    public Playback playback(StageRef stage, Viewer viewer) {
        return new Playback(false, List.of());
    }

    @Override
    public boolean isLive(StageRef stage) {
        return false;
    }

    @Override
    public void deprovision(StageRef stage) {
        // nothing to release
    }
}
