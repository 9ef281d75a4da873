package dev.marquee.platform.application.team;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.domain.model.account.AccountRepository;
import dev.marquee.platform.domain.model.account.RoleGrant;
import dev.marquee.platform.spi.auth.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Who holds which role for an event (its own grants, its stages' and the platform's organizers), and
 * taking a role back. Taking a role back ends the person's sign-ins, so connections opened with the old
 * rights (a chat socket) close too; the last platform organizer keeps their role.
 */
@ApplicationScoped
public class TeamMembers {

    /** Why a person's sessions ended: a role of theirs was taken back. */
    public static final String ROLES_CHANGED = "roles_changed";

    @Inject
    AccountRepository accounts;

    @Inject
    AccessPolicy access;

    @Inject
    SignInService signIns;

    public List<RoleGrant> ofEvent(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        return accounts.grantsReaching(eventId);
    }

    /**
     * Takes a grant back: an event's (or its stage's) by that event's organizers, a platform-wide one by
     * platform organizers only, never the last platform organizer's.
     */
    @Transactional
    public void remove(Caller caller, long grantId) {
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        RoleGrant grant = accounts.findGrant(grantId).orElseThrow(() -> Problem.notFound("Role " + grantId));
        if (grant.platformWide()) {
            access.requireOrganizer(caller);
            if (grant.role() == Role.ORGANIZER && accounts.countOrganizers() <= 1) {
                throw Problem.conflict("This is the last platform organizer: make someone else one first");
            }
        } else {
            access.requireOrganizerOf(caller, grant.eventId());
        }
        Account account = grant.account();
        account.revoke(grantId);
        signIns.endAllOf(account.subject(), ROLES_CHANGED);
    }
}
