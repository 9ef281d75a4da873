package dev.marquee.platform.interfaces.rest.branding;

import dev.marquee.platform.application.mail.MailDraft;

/** An access-code mail as it would go out, for the console to show. */
public record MailPreview(String subject, String text, String html) {

    static MailPreview of(MailDraft mail) {
        return new MailPreview(mail.subject(), mail.text(), mail.html());
    }
}
