package dev.marquee.plugin.twilio.ws;

import dev.marquee.platform.application.stage.StageRefs;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.plugin.twilio.TwilioVideoProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Reads a stage from core's repository: once per stage, for a socket that arrives before any playback request. */
@ApplicationScoped
public class StageLookup {

    @Inject
    StageRepository stages;

    @Transactional
    public Optional<StageRef> twilioStage(long stageId) {
        return stages.find(stageId).filter(stage -> TwilioVideoProvider.ID.equals(stage.provider()))
                .map(StageRefs::of);
    }
}
