package dev.marquee.platform.application.stage;

import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.settings.Settings;

/** The view of a stage that plugins get. */
public final class StageRefs {

    private StageRefs() {
    }

    public static StageRef of(Stage stage) {
        return new StageRef(stage.id(), stage.event().id(), stage.event().slug(), stage.slug(), stage.name(),
                Settings.of(stage.settings()));
    }
}
