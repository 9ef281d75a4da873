package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.attendee.Attendee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The email that carries an access code: the event's name, the code, and a sign-in link that fills
 * the code in (in the URL's fragment, so it never reaches a server log or a Referer header) and leads
 * to the event's page once signed in ({@code /login?next=/e/{slug}}).
 */
@ApplicationScoped
public class AccessCodeMail {

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public MailDraft compose(Attendee attendee, String code) {
        String event = attendee.event().title();
        String link = signInLink(attendee, code);
        String subject = "Your access code for " + event;
        String text = String.join("\n",
                "Hello " + attendee.displayName() + ",",
                "",
                "here is your access code for " + event + ":",
                "",
                "    " + code,
                "",
                "Sign in with this link, which fills the code in for you:",
                link,
                "",
                "Keep the code to yourself: it admits you, and a limited number of devices at a time.",
                "");
        String html = "<!doctype html><html><body style=\"font-family:sans-serif;line-height:1.5\">"
                + "<p>Hello " + Html.escape(attendee.displayName()) + ",</p>"
                + "<p>here is your access code for <strong>" + Html.escape(event) + "</strong>:</p>"
                + "<p style=\"font-size:1.6em;font-family:monospace;letter-spacing:.1em\">" + Html.escape(code) + "</p>"
                + "<p><a href=\"" + Html.escape(link) + "\">Sign in to " + Html.escape(event) + "</a></p>"
                + "<p style=\"color:#555\">Keep the code to yourself: it admits you, and a limited number of devices at a time.</p>"
                + "</body></html>";
        return new MailDraft(attendee.event().id(), attendee.id(), attendee.email(), subject, text, html);
    }

    /** The sign-in page with the code filled in, leading on to the event's page once signed in. */
    public String signInLink(Attendee attendee, String code) {
        String eventPage = "/e/" + URLEncoder.encode(attendee.event().slug(), StandardCharsets.UTF_8);
        return publicUrl.replaceAll("/+$", "") + "/login?next=" + URLEncoder.encode(eventPage, StandardCharsets.UTF_8)
                + "#code=" + code;
    }
}
