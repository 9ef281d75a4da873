package dev.marquee.plugin.chat.rest;

import dev.marquee.platform.spi.stage.StageAccess;
import dev.marquee.platform.spi.stage.StageVisitor;
import dev.marquee.platform.spi.web.Problem;
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
    StageAccess stages;

    @Inject
    ChatStore store;

    /** Refuses (401/403/404) unless the caller moderates the stage. */
    public StageVisitor requireModerator(long stageId) {
        StageVisitor visitor = stages.signedIn(stageId);
        if (!visitor.leads()) {
            throw Problem.forbidden("Only hosts and organizers run a stage's chat");
        }
        return visitor;
    }

    /** Refuses unless the caller may watch the stage (an anonymous reader of a PUBLIC stage is nobody in particular). */
    public StageVisitor requireViewer(long stageId) {
        return stages.viewer(stageId);
    }

    /**
     * Refuses unless the caller may read the stage's chat as its socket would let them in: whoever may watch
     * the stage (guests of a PUBLIC event too), except people banned from its chat for good: a signed-in
     * person by who they are, a guest by the id of their guest cookie ({@code guestId}, null without one)
     * or by {@code address}, the network address the request came from.
     */
    public StageVisitor requireReader(long stageId, String guestId, String address) {
        StageVisitor visitor = stages.viewer(stageId, guestId);
        boolean banned = store.bans(MarqueeChatProvider.room(stageId), Instant.now()).stream()
                .anyMatch(b -> b.until() == null && b.holds(visitor.subject(), visitor.guest(), address));
        if (banned) {
            throw Problem.forbidden("You are banned from this chat");
        }
        return visitor;
    }
}
