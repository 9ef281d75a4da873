package dev.marquee.platform.interfaces.rest.security;

import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.access.PersonIds;
import dev.marquee.platform.application.access.StageAdmission;
import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.platform.spi.stage.GuestPass;
import dev.marquee.platform.spi.stage.StageAccess;
import dev.marquee.platform.spi.stage.StageVisitor;
import dev.marquee.platform.spi.web.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Core's {@link StageAccess}: the request's {@link CurrentCaller} through {@link StageAdmission} (which
 * refuses as the REST API does) and {@link AccessPolicy}; the visitor's id from {@link PersonIds}.
 */
@RequestScoped
public class DefaultStageAccess implements StageAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    StageAdmission admission;

    @Inject
    AccessPolicy policy;

    @Inject
    PersonIds ids;

    /** An anonymous visitor of a PUBLIC event reads as a guest of this request alone, named {@code viewer}. */
    @Override
    public StageVisitor viewer(long stageId) {
        return viewer(stageId, null);
    }

    @Override
    public StageVisitor viewer(long stageId, String guestId) {
        String id = guestId != null ? guestId : Tokens.newToken().substring(0, 22);
        return admission.admit(caller.get(), stageId, new GuestPass(id, "viewer")).asVisitor(ids);
    }

    @Override
    public StageVisitor signedIn(long stageId) {
        if (!caller.get().signedIn()) {
            throw Problem.notSignedIn();
        }
        return admission.admit(caller.get(), stageId, null).asVisitor(ids);
    }

    @Override
    public boolean organizes(long eventId) {
        return policy.mayOrganize(caller.get(), eventId);
    }
}
