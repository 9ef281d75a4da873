package dev.marquee.plugin.chat.rest;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.GuestPass;
import dev.marquee.platform.application.access.StageAdmission;
import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import dev.marquee.plugin.chat.MarqueeChatProvider;
import dev.marquee.plugin.chat.domain.ChatStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Who may do what with a stage's chat over REST: watchers read it (as the stage socket lets them, banned
 * people not), organizers and the hosts of the stage's event administer it.
 */
@RequestScoped
public class ChatAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    StageAdmission admission;

    @Inject
    ChatStore store;

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

    /**
     * Refuses unless the caller may read the stage's chat as its socket would let them in: whoever may watch
     * the stage (guests of a PUBLIC event too), except people banned from its chat for good: a signed-in
     * person by who they are, a guest by the id of their guest cookie ({@code guestId}, null without one)
     * or by {@code address}, the network address the request came from.
     */
    public StageAdmission.Admitted requireReader(long stageId, String guestId, String address) {
        String id = guestId != null ? guestId : Tokens.newToken().substring(0, 22);
        StageAdmission.Admitted admitted = admission.admit(caller.get(), stageId, new GuestPass(id, "viewer"));
        boolean guest = !admitted.who().signedIn();
        boolean banned = store.bans(MarqueeChatProvider.room(stageId), Instant.now()).stream()
                .anyMatch(b -> b.until() == null && b.holds(admitted.who().subject(), guest, address));
        if (banned) {
            throw Problem.forbidden("You are banned from this chat");
        }
        return admitted;
    }
}
