package dev.marquee.plugin.rtmp.rest;

import dev.marquee.platform.spi.stage.StageAccess;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.rtmp.key.StreamKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may manage a stage's restream targets and transcoding: the event's organizers, the same people who may see and
 * rotate its stream key; and only on rtmp stages.
 */
@RequestScoped
public class RestreamAccess {

    @Inject
    StageAccess stages;

    @Inject
    StreamKeys keys;

    /** Throws unless the caller organizes the rtmp stage's event. */
    public void requireOrganizer(long stageId) {
        requireOrganizer(stageId, "restream targets");
    }

    /** Throws unless the caller organizes the rtmp stage's event; {@code what} names what is managed. */
    public void requireOrganizer(long stageId, String what) {
        var visitor = stages.signedIn(stageId);
        if (!stages.organizes(visitor.eventId())) {
            throw Problem.forbidden("Only the event's organizers manage " + what);
        }
        if (keys.keyFor(stageId).isEmpty()) {
            throw Problem.notFound("Stage " + stageId + " is not an rtmp stage");
        }
    }
}
