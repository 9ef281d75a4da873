package dev.marquee.platform.application.team;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.mail.Outbox;
import dev.marquee.platform.application.mail.TeamInvitationMail;
import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.domain.model.team.TeamInvitation;
import dev.marquee.platform.domain.model.team.TeamInvitationRepository;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.security.GridRateLimiter;
import dev.marquee.platform.spi.security.RateLimiter;
import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.platform.spi.auth.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Invitations onto an event's team, sent, sent again and taken back by the event's organizers. Each mail
 * carries a new one-time link (only its hash is stored); how many mails one organizer may send is limited
 * ({@code marquee.team.invitations-per-hour}), and an invitation answers the same whether or not its
 * address already has an account.
 */
@ApplicationScoped
public class TeamInvitations {

    @Inject
    TeamInvitationRepository invitations;

    @Inject
    EventRepository events;

    @Inject
    StageRepository stages;

    @Inject
    AccessPolicy access;

    @Inject
    Outbox outbox;

    @Inject
    TeamInvitationMail mails;

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = "marquee.team.invitation-ttl", defaultValue = "P7D")
    Duration ttl;

    @Inject
    @ConfigProperty(name = "marquee.team.invitations-per-hour", defaultValue = "30")
    int perHour;

    private final Clock clock = Clock.systemUTC();
    private RateLimiter sent;

    @PostConstruct
    void init() {
        sent = new GridRateLimiter(grid, "team-invitations", perHour, Duration.ofHours(1), clock);
    }

    public List<TeamInvitation> ofEvent(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        return invitations.ofEvent(eventId);
    }

    /** Invites {@code email} to take {@code role} for the event, or for one of its stages; mails the link. */
    @Transactional
    public TeamInvitation invite(Caller caller, long eventId, String email, Role role, Long stageId) {
        access.requireOrganizerOf(caller, eventId);
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
            throw Problem.invalid("Give the email address to invite");
        }
        if (role == null) {
            throw Problem.invalid("Choose a role: ORGANIZER, HOST or MODERATOR");
        }
        TeamScope.check(role, stageId);
        Event event = events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        Stage stage = stageId == null ? null : stages.find(stageId).filter(s -> s.event().id() == eventId)
                .orElseThrow(() -> Problem.invalid("Stage " + stageId + " is not a stage of this event"));
        throttle(caller);
        String address = Account.normalizeEmail(email);
        Instant now = clock.instant();
        String token = Tokens.newToken();
        TeamInvitation invitation = invitations.ofEvent(eventId).stream()
                .filter(i -> i.email().equals(address) && i.role() == role && Objects.equals(i.stageId(), stageId))
                .findFirst().orElse(null);
        if (invitation == null) {
            invitation = invitations.add(new TeamInvitation(eventId, stageId, address, role, Tokens.hash(token),
                    caller.displayName(), now, now.plus(ttl)));
        } else {
            invitation.renew(Tokens.hash(token), now, now.plus(ttl));
        }
        mail(invitation, event, stage, token);
        return invitation;
    }

    /** Mails a new link for the invitation (the earlier link stops working) and gives it a fresh week. */
    @Transactional
    public TeamInvitation resend(Caller caller, long eventId, long invitationId) {
        TeamInvitation invitation = pending(caller, eventId, invitationId);
        throttle(caller);
        String token = Tokens.newToken();
        Instant now = clock.instant();
        invitation.renew(Tokens.hash(token), now, now.plus(ttl));
        Event event = events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        mail(invitation, event, invitation.stageId() == null ? null : stages.find(invitation.stageId()).orElse(null), token);
        return invitation;
    }

    /** Takes the invitation back: its link stops working. */
    @Transactional
    public void revoke(Caller caller, long eventId, long invitationId) {
        invitations.remove(pending(caller, eventId, invitationId));
    }

    private TeamInvitation pending(Caller caller, long eventId, long invitationId) {
        access.requireOrganizerOf(caller, eventId);
        return invitations.find(invitationId).filter(i -> i.eventId() == eventId)
                .orElseThrow(() -> Problem.notFound("Invitation " + invitationId));
    }

    private void throttle(Caller caller) {
        Duration wait = sent.acquire(caller.subject());
        if (!wait.isZero()) {
            throw Problem.tooMany(wait);
        }
    }

    private void mail(TeamInvitation invitation, Event event, Stage stage, String token) {
        String what = TeamScope.describe(invitation.role(), event.title(), stage == null ? null : stage.name());
        outbox.enqueue(mails.compose(invitation, event.title(), what, token));
    }
}
