package dev.marquee.platform.application.playback;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.stage.StageRefs;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.media.Playback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands out playback only to callers allowed to watch, through the stage's media provider. */
@ApplicationScoped
public class PlaybackService {

    @Inject
    StageRepository stages;

    @Inject
    AccessPolicy access;

    @Inject
    PluginRegistry plugins;

    /** What a stage plays, and through which provider. */
    public record StagePlayback(String provider, Playback playback) {
    }

    public StagePlayback playback(Caller caller, long stageId) {
        Stage stage = stages.find(stageId).orElseThrow(() -> Problem.notFound("Stage " + stageId));
        if (!access.maySee(caller, stage.event())) {
            throw Problem.notFound("Stage " + stageId);
        }
        access.requireWatch(caller, stage.event());
        return new StagePlayback(stage.provider(), provider(stage).playback(StageRefs.of(stage), caller.asViewer()));
    }

    /** Refuses (404, 401, 403) a caller who may not watch the stage, as {@link #playback} does. */
    public void requireWatcher(Caller caller, long stageId) {
        Stage stage = stages.find(stageId).orElseThrow(() -> Problem.notFound("Stage " + stageId));
        if (!access.maySee(caller, stage.event())) {
            throw Problem.notFound("Stage " + stageId);
        }
        access.requireWatch(caller, stage.event());
    }

    /** Whether the stage is on air, as its provider says; false if the provider is gone. */
    public boolean live(Stage stage) {
        return plugins.mediaProvider(stage.provider()).map(p -> p.isLive(StageRefs.of(stage))).orElse(false);
    }

    private MediaProvider provider(Stage stage) {
        return plugins.mediaProvider(stage.provider()).orElseThrow(() -> new Problem(Problem.Kind.CONFLICT,
                "provider_missing", "The stage's media provider '" + stage.provider() + "' is not installed",
                java.util.List.of(), null));
    }
}
