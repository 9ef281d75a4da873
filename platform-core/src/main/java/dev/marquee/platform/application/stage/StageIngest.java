package dev.marquee.platform.application.stage;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.spi.media.IngestReport;
import dev.marquee.platform.spi.media.MediaProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A stage's incoming stream as its media provider measures it (encoder warnings, ingest health), for the
 * people who see its stream key: the event's organizers. Others get 404 when they may not see the event,
 * else 403; a stage whose provider takes no ingest (a hosted video) answers 404.
 */
@ApplicationScoped
public class StageIngest {

    @Inject
    StageRepository stages;

    @Inject
    AccessPolicy access;

    @Inject
    PluginRegistry plugins;

    public IngestReport report(Caller caller, long stageId) {
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        Stage stage = stages.find(stageId).orElseThrow(() -> Problem.notFound("Stage " + stageId));
        if (!access.maySee(caller, stage.event())) {
            throw Problem.notFound("Stage " + stageId);
        }
        if (!access.mayOrganize(caller, stage.event().id())) {
            throw Problem.forbidden("Only the event's organizers see a stage's ingest");
        }
        return plugins.mediaProvider(stage.provider())
                .flatMap((MediaProvider p) -> p.ingest(StageRefs.of(stage)))
                .orElseThrow(() -> Problem.notFound("Stage " + stageId + " takes no stream from an encoder"));
    }
}
