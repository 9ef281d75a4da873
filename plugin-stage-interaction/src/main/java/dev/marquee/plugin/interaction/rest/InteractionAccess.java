package dev.marquee.plugin.interaction.rest;

import dev.marquee.platform.spi.stage.StageAccess;
import dev.marquee.platform.spi.stage.StageVisitor;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.interaction.live.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may do what with a stage's interaction over REST, as with its chat: whoever may watch the stage reads
 * the settings and the visible questions; leaders ({@link StageVisitor#leads}: organizers, the hosts
 * and moderators of the stage) moderate and run polls; organizers of the event change the settings and
 * export. Core's {@link StageAccess} answers who the caller is on the stage; the refusals beyond it are
 * this plugin's.
 */
@RequestScoped
public class InteractionAccess {

    @Inject
    StageAccess stages;

    /** Refuses (401/403/404) unless the caller may watch the stage; says whether they lead it. */
    public StageVisitor requireViewer(long stageId) {
        return stages.viewer(stageId);
    }

    /** Refuses unless the caller leads the stage. */
    public StageVisitor requireLeader(long stageId) {
        StageVisitor visitor = stages.signedIn(stageId);
        if (!visitor.leads()) {
            throw Problem.forbidden("Only hosts, moderators and organizers run a stage's Q&A and polls");
        }
        return visitor;
    }

    /** Refuses unless the caller organizes the stage's event. */
    public StageVisitor requireOrganizer(long stageId) {
        StageVisitor visitor = requireLeader(stageId);
        if (!stages.organizes(visitor.eventId())) {
            throw Problem.forbidden("Only the event's organizers do this");
        }
        return visitor;
    }

    /** A rule's refusal as the API's problem. */
    public static Problem problem(Refusal r) {
        Problem.Kind kind = switch (r.error()) {
            case "forbidden" -> Problem.Kind.FORBIDDEN;
            case "not_found" -> Problem.Kind.NOT_FOUND;
            case "invalid_poll", "invalid_question", "invalid_vote", "invalid_frame" -> Problem.Kind.INVALID;
            default -> Problem.Kind.CONFLICT;
        };
        return new Problem(kind, r.error(), r.detail(), java.util.List.of(), null);
    }
}
