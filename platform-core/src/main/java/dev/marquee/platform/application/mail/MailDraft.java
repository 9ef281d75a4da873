package dev.marquee.platform.application.mail;

/** A composed email: who it is for (and which event and attendee it concerns), plain text and HTML. */
public record MailDraft(Long eventId, Long attendeeId, String to, String subject, String text, String html) {

    @Override
    public String toString() {
        return "MailDraft[to=" + to + ", subject=" + subject + "]";
    }
}
