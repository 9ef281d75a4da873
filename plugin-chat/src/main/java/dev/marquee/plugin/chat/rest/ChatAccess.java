package dev.marquee.plugin.chat.rest;

import dev.marquee.platform.application.Problem;
import dev.marquee.platform.application.access.GuestPass;
import dev.marquee.platform.application.access.StageAdmission;
import dev.marquee.platform.infrastructure.security.Tokens;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who may administer a stage's chat over REST: organizers and the hosts of the stage's event. */
@RequestScoped
public class ChatAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    StageAdmission admission;

    /** Refuses (401/403/404) unless the caller moderates the stage. */
    public StageAdmission.Admitted requireModerator(long stageId) {
        if (!caller.get().signedIn()) {
            throw Problem.notSignedIn();
        }
        StageAdmission.Admitted admitted = admission.admit(caller.get(), stageId, null);
        if (!admitted.moderator()) {
            throw Problem.forbidden("Only hosts and organizers run a stage's chat");
        }
        return admitted;
    }

    /** Refuses unless the caller may watch the stage (an anonymous reader of a PUBLIC stage is nobody in particular). */
    public StageAdmission.Admitted requireViewer(long stageId) {
        return admission.admit(caller.get(), stageId, new GuestPass(Tokens.newToken().substring(0, 22), "viewer"));
    }
}
