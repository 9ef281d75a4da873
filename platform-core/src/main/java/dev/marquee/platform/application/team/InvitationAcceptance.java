package dev.marquee.platform.application.team;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.setup.OrganizerSetup;
import dev.marquee.platform.application.signin.IssuedSession;
import dev.marquee.platform.application.signin.PasswordAuthentication;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.domain.model.account.AccountRepository;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.domain.model.team.TeamInvitation;
import dev.marquee.platform.domain.model.team.TeamInvitationRepository;
import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.platform.spi.auth.CredentialRequest;
import dev.marquee.platform.spi.auth.Identity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Opening an invitation link: what it offers, and taking it. The person behind the invited address
 * either has an account (they sign in with its password, through the usual sign-in limits) or sets a
 * name and password for a new one. The link works once; the role is granted to the invited address only.
 */
@ApplicationScoped
public class InvitationAcceptance {

    @Inject
    TeamInvitationRepository invitations;

    @Inject
    AccountRepository accounts;

    @Inject
    EventRepository events;

    @Inject
    StageRepository stages;

    @Inject
    SignInService signIns;

    @Inject
    PasswordAuthentication passwords;

    private final Clock clock = Clock.systemUTC();

    /** What the link offers, and whether its address signs in with an existing account (only the link's holder learns that). */
    public record Offer(String email, String eventTitle, String stageName, String role, String description,
                        boolean accountExists) {
    }

    @Transactional
    public Offer preview(String token) {
        TeamInvitation invitation = valid(token);
        String event = events.find(invitation.eventId()).map(e -> e.title()).orElse("an event");
        String stage = invitation.stageId() == null ? null
                : stages.find(invitation.stageId()).map(Stage::name).orElse(null);
        return new Offer(invitation.email(), event, stage, invitation.role().name(),
                TeamScope.describe(invitation.role(), event, stage), accounts.findByEmail(invitation.email()).isPresent());
    }

    /**
     * Takes the invitation and signs its person in: with their password if the address has an account,
     * else as a new account with {@code displayName} and {@code password}.
     *
     * @throws Problem 404 for a link that is unknown, used or expired; 401 for a wrong password; 400 for a weak one
     */
    @Transactional
    public IssuedSession accept(String token, String displayName, String password, String clientAddress) {
        TeamInvitation invitation = valid(token);
        Account account = accounts.findByEmail(invitation.email()).orElse(null);
        IssuedSession session;
        if (account != null) {
            session = signIns.signIn(passwords, new CredentialRequest(
                    Map.of("email", invitation.email(), "password", password == null ? "" : password), clientAddress));
        } else {
            if (password == null || password.length() < OrganizerSetup.MIN_PASSWORD) {
                throw Problem.invalid("Choose a password of at least " + OrganizerSetup.MIN_PASSWORD + " characters");
            }
            String name = displayName == null || displayName.isBlank() ? invitation.email() : displayName.strip();
            account = accounts.add(new Account(invitation.email(), name, passwords.hash(password), clock.instant()));
            session = null;
        }
        account.grant(invitation.role(), invitation.eventId(), invitation.stageId());
        invitations.remove(invitation);
        if (session == null) {
            session = signIns.open(new Identity(account.subject(), account.displayName(), account.email(),
                    account.rolesFor(null), null), PasswordAuthentication.ID);
        }
        return session;
    }

    private TeamInvitation valid(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw invalidLink();
        }
        return invitations.findByTokenHash(Tokens.hash(token)).filter(i -> !i.expired(clock.instant()))
                .orElseThrow(InvitationAcceptance::invalidLink);
    }

    private static Problem invalidLink() {
        return new Problem(Problem.Kind.NOT_FOUND, "invitation_invalid",
                "This invitation link is not valid (any more): it was used, taken back or has expired. "
                        + "Ask the organizer for a new one", List.of(), null);
    }
}
