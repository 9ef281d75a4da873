package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.branding.Branding;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.spi.web.Html;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The email that carries an access code: the event's name, the code, and a sign-in link that fills
 * the code in (in the URL's fragment, so it never reaches a server log or a Referer header) and leads
 * to the event's page once signed in ({@code /login?next=/e/{slug}}). A plain text part, and an HTML
 * part in the event's branding (see {@link BrandedMailHtml}).
 */
@ApplicationScoped
public class AccessCodeMail {

    /** What the console's preview shows in place of a real person and code. */
    static final String SAMPLE_NAME = "Ada Lovelace";
    static final String SAMPLE_CODE = "SAMPLE-CODE";

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public MailDraft compose(Attendee attendee, String code) {
        Event event = attendee.event();
        return compose(event, event.branding(), attendee.id(), attendee.email(), attendee.displayName(), code);
    }

    /** The mail for an attendee known by id, address and name (one an import is creating in a batch). */
    public MailDraft compose(Event event, long attendeeId, String to, String name, String code) {
        return compose(event, event.branding(), attendeeId, to, name, code);
    }

    /** The mail as an attendee would get it if the event had {@code branding}, for a sample person and code. */
    public MailDraft preview(Event event, Branding branding) {
        return compose(event, branding, null, "attendee@example.org", SAMPLE_NAME, SAMPLE_CODE);
    }

    private MailDraft compose(Event event, Branding branding, Long attendeeId, String to, String name, String code) {
        String title = event.title();
        String link = signInLink(event, code);
        String subject = "Your access code for " + title;
        String text = String.join("\n",
                "Hello " + name + ",",
                "",
                "here is your access code for " + title + ":",
                "",
                "    " + code,
                "",
                "Sign in with this link, which fills the code in for you:",
                link,
                "",
                "Keep the code to yourself: it admits you, and a limited number of devices at a time.",
                "");
        BrandedMailHtml frame = new BrandedMailHtml(publicUrl, event.id(), title, branding);
        String html = frame.page("<p>Hello " + Html.escape(name) + ",</p>"
                + "<p>here is your access code for <strong>" + Html.escape(title) + "</strong>:</p>"
                + "<p style=\"font-size:1.6em;font-family:monospace;letter-spacing:.1em\">" + Html.escape(code) + "</p>"
                + "<p>" + frame.button(link, "Sign in to " + title) + "</p>"
                + "<p style=\"font-size:.9em\">Keep the code to yourself: it admits you, and a limited number of devices at a time.</p>");
        return new MailDraft(event.id(), attendeeId, to, subject, text, html);
    }

    /** The sign-in page with the code filled in, leading on to the event's page once signed in. */
    public String signInLink(Attendee attendee, String code) {
        return signInLink(attendee.event(), code);
    }

    private String signInLink(Event event, String code) {
        String eventPage = "/e/" + URLEncoder.encode(event.slug(), StandardCharsets.UTF_8);
        return publicUrl.replaceAll("/+$", "") + "/login?next=" + URLEncoder.encode(eventPage, StandardCharsets.UTF_8)
                + "#code=" + code;
    }
}
