package dev.marquee.platform.application.access;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.stage.StageRefs;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.stage.GuestPass;
import dev.marquee.platform.spi.stage.StageVisitor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Lets people onto a stage outside a REST request (a chat or video WebSocket): signed-in callers who
 * may watch it, and on a PUBLIC event anonymous visitors as guests: the id the server gave them
 * ({@link Guests}, in a {@link GuestPass}) and the name they gave as its label. A guest who has given no name yet is let in as
 * a watcher: they receive what the stage sends but may send nothing until they name themselves (a
 * PUBLIC stage plays at once; the name is asked the first time they chat, ask or vote).
 */
@ApplicationScoped
public class StageAdmission {

    /** Longest guest display name. */
    public static final int MAX_GUEST_NAME = 40;

    @Inject
    StageRepository stages;

    @Inject
    AccessPolicy access;

    /** The label a nameless guest (a watcher) carries until they give a name; never shown as an author. */
    public static final String WATCHER_NAME = "Guest";

    /**
     * Who is on the stage, whether they lead it ({@link AccessPolicy#mayModerate}), and whether they are a
     * nameless guest who may watch but not send ({@code watcher}).
     */
    public record Admitted(StageRef stage, Caller who, boolean moderator, boolean watcher) {

        public Admitted(StageRef stage, Caller who, boolean moderator) {
            this(stage, who, moderator, false);
        }

        /** How plugins see whom this admitted: with the opaque person id of {@code ids}, never the email. */
        public StageVisitor asVisitor(PersonIds ids) {
            return new StageVisitor(stage.id(), stage.eventId(), who.subject(), ids.of(who.subject()),
                    who.displayName(), moderator, !who.signedIn());
        }
    }

    /**
     * Admits the caller, or the guest of {@code guest} (null when the visitor has no guest pass; a pass
     * without a name admits a watcher); refuses as the REST API does (400/401/403/404).
     */
    @Transactional
    public Admitted admit(Caller caller, long stageId, GuestPass guest) {
        Stage stage = stages.find(stageId).orElseThrow(() -> Problem.notFound("Stage " + stageId));
        if (!access.maySee(caller, stage.event())) {
            throw Problem.notFound("Stage " + stageId);
        }
        Caller who = caller;
        boolean watcher = false;
        if (!caller.signedIn() && stage.event().access() == EventAccess.PUBLIC) {
            if (guest == null || guest.id() == null) {
                throw Problem.invalid("Give a display name to join as a guest (?name=...)");
            }
            String name = cleanGuestName(guest.name());
            watcher = name == null;
            who = Caller.guest(guest.id(), watcher ? WATCHER_NAME : name);
        }
        access.requireWatch(who, stage.event());
        boolean leads = !watcher && access.mayModerate(who, stage.event().id(), stage.id());
        return new Admitted(StageRefs.of(stage), who, leads, watcher);
    }

    /** A guest name without control characters, trimmed, at most 40 characters; null when nothing is left. */
    public static String cleanGuestName(String raw) {
        if (raw == null) {
            return null;
        }
        String name = raw.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > MAX_GUEST_NAME) {
            name = name.substring(0, MAX_GUEST_NAME).strip();
        }
        return name.isEmpty() ? null : name;
    }
}
