package dev.marquee.platform.interfaces.rest.team;

import dev.marquee.platform.domain.model.account.RoleGrant;
import dev.marquee.platform.domain.model.team.TeamInvitation;

import java.time.Instant;
import java.util.List;

/** An event's team as the console shows it: who holds which role where, and the invitations still open. */
public record TeamView(List<Member> members, List<Invitation> invitations) {

    /** One role of one person; {@code scope} is {@code platform}, {@code event} or {@code stage}. */
    public record Member(long grantId, long accountId, String name, String email, String role, String scope,
                         Long stageId) {

        static Member of(RoleGrant g) {
            String scope = g.platformWide() ? "platform" : g.stageId() == null ? "event" : "stage";
            return new Member(g.id(), g.account().id(), g.account().displayName(), g.account().email(), g.role().name(),
                    scope, g.stageId());
        }
    }

    /** An invitation not accepted yet; {@code expired} once its link stopped working (send it again). */
    public record Invitation(long id, String email, String role, Long stageId, String invitedBy, Instant sentAt,
                             Instant expiresAt, boolean expired) {

        static Invitation of(TeamInvitation i, Instant now) {
            return new Invitation(i.id(), i.email(), i.role().name(), i.stageId(), i.invitedBy(), i.createdAt(),
                    i.expiresAt(), i.expired(now));
        }
    }

    public static TeamView of(List<RoleGrant> grants, List<TeamInvitation> invitations) {
        Instant now = Instant.now();
        return new TeamView(grants.stream().map(Member::of).toList(),
                invitations.stream().map(i -> Invitation.of(i, now)).toList());
    }
}
