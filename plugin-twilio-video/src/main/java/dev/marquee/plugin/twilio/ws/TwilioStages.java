package dev.marquee.plugin.twilio.ws;

import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.stage.StageDirectory;
import dev.marquee.plugin.twilio.TwilioVideoProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which stages are Twilio stages, with their settings: learnt from core's calls to the provider
 * (provision, playback), else looked up once in core's {@link StageDirectory}, and kept.
 */
@ApplicationScoped
public class TwilioStages {

    private final Map<Long, Optional<StageRef>> known = new ConcurrentHashMap<>();

    @Inject
    StageDirectory directory;

    /** A Twilio stage as core handed it over (its settings are current). */
    public void remember(StageRef stage) {
        known.put(stage.id(), Optional.of(stage));
    }

    /** The stage is gone, or no longer a Twilio stage. */
    public void forget(long stageId) {
        known.put(stageId, Optional.empty());
    }

    /** The Twilio stage with this id, if it is one. */
    public Optional<StageRef> find(long stageId) {
        Optional<StageRef> stage = known.get(stageId);
        if (stage == null) {
            stage = directory.findProvidedBy(stageId, TwilioVideoProvider.ID);
            known.put(stageId, stage);
        }
        return stage;
    }
}
