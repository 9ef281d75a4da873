package dev.marquee.plugin.interaction.rest;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.access.GuestPass;
import dev.marquee.platform.application.access.StageAdmission;
import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import dev.marquee.plugin.interaction.live.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may do what with a stage's interaction over REST, as with its chat: whoever may watch the stage reads
 * the settings and the visible questions; leaders ({@link AccessPolicy#mayModerate}: organizers, the hosts
 * and moderators of the stage) moderate and run polls; organizers of the event change the settings and
 * export.
 */
@RequestScoped
public class InteractionAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    StageAdmission admission;

    @Inject
    AccessPolicy policy;

    /** Refuses (401/403/404) unless the caller may watch the stage; says whether they lead it. */
    public StageAdmission.Admitted requireViewer(long stageId) {
        return admission.admit(caller.get(), stageId, new GuestPass(Tokens.newToken().substring(0, 22), "viewer"));
    }

    /** Refuses unless the caller leads the stage. */
    public StageAdmission.Admitted requireLeader(long stageId) {
        if (!caller.get().signedIn()) {
            throw Problem.notSignedIn();
        }
        StageAdmission.Admitted admitted = admission.admit(caller.get(), stageId, null);
        if (!admitted.moderator()) {
            throw Problem.forbidden("Only hosts, moderators and organizers run a stage's Q&A and polls");
        }
        return admitted;
    }

    /** Refuses unless the caller organizes the stage's event. */
    public StageAdmission.Admitted requireOrganizer(long stageId) {
        StageAdmission.Admitted admitted = requireLeader(stageId);
        if (!policy.mayOrganize(caller.get(), admitted.stage().eventId())) {
            throw Problem.forbidden("Only the event's organizers do this");
        }
        return admitted;
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
