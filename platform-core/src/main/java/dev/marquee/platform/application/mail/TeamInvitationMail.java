package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.team.TeamInvitation;
import dev.marquee.platform.spi.web.Html;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The email that invites someone onto an event's team: who invited them, to do what, and a one-time link
 * (the token in the URL's fragment, so it never reaches a server log or a Referer header).
 */
@ApplicationScoped
public class TeamInvitationMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** {@code what} says the role in words, e.g. "host the stage Main of DevDays". */
    public MailDraft compose(TeamInvitation invitation, String eventTitle, String what, String token) {
        String link = publicUrl.replaceAll("/+$", "") + "/admin#/invite/" + token;
        String until = DAY.format(invitation.expiresAt());
        String subject = "You are invited to the team of " + eventTitle;
        String text = String.join("\n",
                "Hello,",
                "",
                invitation.invitedBy() + " invites you to " + what + " on Marquee.",
                "",
                "Accept with this link (valid until " + until + "): set a name and password, or sign in",
                "if you already have a Marquee account with this address:",
                link,
                "",
                "If you did not expect this, ignore this mail: nothing happens without the link.",
                "");
        String html = "<!doctype html><html><body style=\"font-family:sans-serif;line-height:1.5\">"
                + "<p>Hello,</p>"
                + "<p>" + Html.escape(invitation.invitedBy()) + " invites you to <strong>" + Html.escape(what)
                + "</strong> on Marquee.</p>"
                + "<p><a href=\"" + Html.escape(link) + "\">Accept the invitation</a> (valid until "
                + Html.escape(until) + "): set a name and password, or sign in if you already have a Marquee "
                + "account with this address.</p>"
                + "<p style=\"color:#555\">If you did not expect this, ignore this mail: nothing happens without the link.</p>"
                + "</body></html>";
        return new MailDraft(invitation.eventId(), null, invitation.email(), subject, text, html);
    }
}
