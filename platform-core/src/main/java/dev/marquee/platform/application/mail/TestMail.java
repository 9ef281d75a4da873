package dev.marquee.platform.application.mail;

import dev.marquee.platform.spi.web.Html;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;

/** The mail an organizer sends to check that mail works: where it comes from and who asked, nothing secret. */
@ApplicationScoped
public class TestMail {

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public MailDraft compose(String to, String requestedBy, Instant at) {
        String subject = "Marquee test mail";
        String text = String.join("\n",
                "This is a test mail from Marquee at " + publicUrl + ".",
                "",
                requestedBy + " sent it from the organizer console at " + at + " (UTC).",
                "It reached you, so the mails with attendees' access codes can reach people too.",
                "");
        String html = "<!doctype html><html><body style=\"font-family:sans-serif;line-height:1.5\">"
                + "<p>This is a test mail from Marquee at " + Html.escape(publicUrl) + ".</p>"
                + "<p>" + Html.escape(requestedBy) + " sent it from the organizer console at " + at + " (UTC).</p>"
                + "<p>It reached you, so the mails with attendees' access codes can reach people too.</p>"
                + "</body></html>";
        return new MailDraft(null, null, to, subject, text, html);
    }
}
